package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Subject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One version of the rules, with everything precomputed that an evaluation would otherwise redo. */
public record RuleSet(String version, LocalDate effectiveFrom, String title, Set<Subject> subjects,
                      Set<Audience> schoolAge, String regionPrefix, Pattern icpPattern, Pattern mlpsPattern,
                      Map<String, RuleDefinition> rules) {

    public static RuleSet of(String version, LocalDate effectiveFrom, String title, List<Subject> subjects,
                             List<Audience> schoolAge, String regionPrefix, String icpPattern, String mlpsPattern,
                             List<RuleDefinition> rules) {
        Map<String, RuleDefinition> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        return new RuleSet(version, effectiveFrom, title,
                subjects.isEmpty() ? EnumSet.noneOf(Subject.class) : EnumSet.copyOf(subjects),
                schoolAge.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(schoolAge),
                regionPrefix, Pattern.compile(icpPattern), Pattern.compile(mlpsPattern), Map.copyOf(byId));
    }

    public RuleDefinition rule(String id) {
        RuleDefinition r = rules.get(id);
        if (r == null) {
            throw new IllegalStateException("rule set " + version + " lacks rule " + id);
        }
        return r;
    }
}
