package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.FieldChange;
import cn.eduapp.registry.rules.Declaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Field-by-field differences between two declarations, with API.md's field paths. */
@Component
public class DeclarationDiff {

    private final JsonMapper mapper;

    DeclarationDiff(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public List<FieldChange> between(Declaration before, Declaration after) {
        Map<String, String> a = flatten(mapper.valueToTree(before));
        Map<String, String> b = flatten(mapper.valueToTree(after));
        TreeSet<String> fields = new TreeSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String f : fields) {
            if (!Objects.equals(a.get(f), b.get(f))) {
                changes.add(new FieldChange(f, a.get(f), b.get(f)));
            }
        }
        return changes;
    }

    /** Objects flatten to dotted paths; lists stay one field (their order-insensitive content as text). */
    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.isValueNode() ? n.asString() : n.toString()));
            items.sort(null);
            out.put(prefix, String.join(", ", items));
        } else if (!node.isNull()) {
            out.put(prefix, node.asString());
        }
    }
}
