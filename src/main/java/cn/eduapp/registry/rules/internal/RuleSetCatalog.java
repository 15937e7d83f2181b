package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Severity;
import cn.eduapp.registry.rules.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The known rule-set versions; the one in force on a day is the latest whose effective date has come. */
@Component
public class RuleSetCatalog {

    private final JsonMapper mapper;
    private volatile List<RuleSet> versions;

    RuleSetCatalog(JsonMapper mapper) throws IOException {
        this.mapper = mapper;
        List<RuleSet> loaded = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:rules/rule-sets/*.json")) {
            try (InputStream in = r.getInputStream()) {
                loaded.add(parse(mapper.readTree(in)));
            }
        }
        loaded.sort(Comparator.comparing(RuleSet::effectiveFrom));
        this.versions = List.copyOf(loaded);
    }

    public List<RuleSet> versions() {
        return versions;
    }

    public Optional<RuleSet> version(String version) {
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    public RuleSet inForceOn(LocalDate day) {
        RuleSet current = null;
        for (RuleSet v : versions) {
            if (!v.effectiveFrom().isAfter(day)) {
                current = v;
            }
        }
        if (current == null) {
            throw new IllegalStateException("no rule set in force on " + day);
        }
        return current;
    }

    RuleSet parse(JsonNode root) {
        JsonNode p = root.path("parameters");
        List<Subject> subjects = new ArrayList<>();
        p.path("subjects").forEach(n -> subjects.add(Subject.valueOf(n.asString())));
        List<Audience> schoolAge = new ArrayList<>();
        p.path("schoolAgeAudiences").forEach(n -> schoolAge.add(Audience.valueOf(n.asString())));
        List<RuleDefinition> rules = new ArrayList<>();
        root.path("rules").forEach(r -> rules.add(new RuleDefinition(r.path("id").asString(), r.path("clause").asString(),
                Severity.valueOf(r.path("severity").asString()), r.path("message").asString(),
                r.path("inForce").asBoolean(true), r.hasNonNull("licence") ? r.path("licence").asString() : null)));
        return RuleSet.of(root.path("version").asString(), LocalDate.parse(root.path("effectiveFrom").asString()),
                root.path("title").asString(""), subjects, schoolAge, p.path("jurisdictionRegionPrefix").asString("11"),
                p.path("icpPattern").asString(), p.path("mlpsPattern").asString(), rules);
    }
}
