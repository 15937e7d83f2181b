package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ControlCharacterFilter;
import cn.eduapp.registry.system.web.ControlCharacterInterceptor;
import cn.eduapp.registry.system.web.ControlCharacters;
import cn.eduapp.registry.system.web.JsonBody;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Control characters (NUL and the other C0/C1 codes) have no place in anything a person types: PostgreSQL
 * refuses NUL in text (a 500 if it got that far), and the others hide text in logs and pages. Tab, line
 * feed and carriage return are allowed (multi-line descriptions). Refused at the edge, naming the field
 * (issue 16): query parameters and form fields ({@link ControlCharacterFilter}), multipart fields
 * ({@link ControlCharacterInterceptor}) and JSON bodies ({@link JsonBody}).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean contains(@Nullable String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** The first parameter whose name or one of whose values holds a control character. */
    static Optional<String> firstBadParameter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            if (contains(e.getKey())) {
                return Optional.of(printable(e.getKey()));
            }
            for (String v : e.getValue()) {
                if (contains(v)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** The path (a.b[0].c) of the first text or field name in the tree holding a control character. */
    static Optional<String> firstBadField(JsonNode node, String path) {
        if (node.isString()) {
            return contains(node.asString()) ? Optional.of(path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> bad = firstBadField(node.get(i), path + "[" + i + "]");
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (contains(e.getKey())) {
                    return Optional.of(printable(child));
                }
                Optional<String> bad = firstBadField(e.getValue(), child);
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        return Optional.empty();
    }

    /** A name as it may be shown back: its control characters as \\uXXXX. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 100; i++) {
            char c = s.charAt(i);
            sb.append(Character.getType(c) == Character.CONTROL ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
