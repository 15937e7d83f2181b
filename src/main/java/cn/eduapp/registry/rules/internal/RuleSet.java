package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Subject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One version of the rules compiled for evaluation: sets, patterns and the rule map are built once, so an
 * evaluation only looks things up.
 */
public final class RuleSet {

    private final RuleSetDefinition definition;
    private final Set<Subject> subjects;
    private final Set<Audience> schoolAge;
    private final Pattern icpPattern;
    private final Pattern mlpsPattern;
    private final Map<String, RuleDefinition> rules;

    private RuleSet(RuleSetDefinition definition) {
        this.definition = definition;
        RuleSetDefinition.Parameters p = definition.parameters();
        this.subjects = p.subjects().isEmpty() ? EnumSet.noneOf(Subject.class) : EnumSet.copyOf(p.subjects());
        this.schoolAge = p.schoolAgeAudiences().isEmpty() ? EnumSet.noneOf(Audience.class)
                : EnumSet.copyOf(p.schoolAgeAudiences());
        this.icpPattern = Pattern.compile(p.icpPattern());
        this.mlpsPattern = Pattern.compile(p.mlpsPattern());
        Map<String, RuleDefinition> byId = new HashMap<>();
        definition.rules().forEach(r -> byId.put(r.id(), r));
        this.rules = Map.copyOf(byId);
    }

    /** Compiles a definition; patterns must compile (validate first: {@link RuleSetValidation}). */
    public static RuleSet of(RuleSetDefinition definition) {
        return new RuleSet(definition);
    }

    public RuleSetDefinition definition() {
        return definition;
    }

    public String version() {
        return definition.version();
    }

    public LocalDate effectiveFrom() {
        return definition.effectiveFrom();
    }

    public String title() {
        return definition.title();
    }

    public Set<Subject> subjects() {
        return subjects;
    }

    public Set<Audience> schoolAge() {
        return schoolAge;
    }

    public String regionPrefix() {
        return definition.parameters().jurisdictionRegionPrefix();
    }

    public boolean civilAffairsAuthority(char first) {
        for (String code : definition.parameters().civilAffairsAuthorityCodes()) {
            if (code.charAt(0) == first) {
                return true;
            }
        }
        return false;
    }

    public Pattern icpPattern() {
        return icpPattern;
    }

    public Pattern mlpsPattern() {
        return mlpsPattern;
    }

    /** The rule as this version states it, or null when the version does not know it (then it never fires). */
    public @Nullable RuleDefinition rule(String id) {
        return rules.get(id);
    }
}
