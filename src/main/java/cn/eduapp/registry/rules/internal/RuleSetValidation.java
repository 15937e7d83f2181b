package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What Bean Validation cannot say about a rule-set definition: every rule id is one the engine knows and
 * each appears once, every required rule is defined (the engine's optional ones may be left out), licence rules name their licence, patterns compile,
 * and (for a new publication) the effective date is not in the past.
 */
final class RuleSetValidation {

    private RuleSetValidation() {
    }

    static List<ProblemError> problems(RuleSetDefinition def, Messages messages) {
        List<ProblemError> errors = new ArrayList<>();
        pattern(def.parameters().icpPattern(), "parameters.icpPattern", errors, messages);
        pattern(def.parameters().mlpsPattern(), "parameters.mlpsPattern", errors, messages);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < def.rules().size(); i++) {
            RuleDefinition r = def.rules().get(i);
            String at = "rules[" + i + "]";
            if (!RuleEngine.RULES.contains(r.id()) && !RuleEngine.OPTIONAL_RULES.contains(r.id())) {
                errors.add(new ProblemError(at + ".id", "UNKNOWN_RULE", messages.get("rules.rule.unknown", r.id())));
                continue;
            }
            if (!seen.add(r.id())) {
                errors.add(new ProblemError(at + ".id", "DUPLICATE_RULE", messages.get("rules.rule.duplicate", r.id())));
            }
            boolean licenceRule = RuleEngine.LICENCE_RULES.contains(r.id());
            if (licenceRule && r.licence() == null) {
                errors.add(new ProblemError(at + ".licence", "REQUIRED", messages.get("rules.rule.licenceRequired", r.id())));
            } else if (!licenceRule && r.licence() != null) {
                errors.add(new ProblemError(at + ".licence", "NOT_APPLICABLE", messages.get("rules.rule.licenceNotApplicable", r.id())));
            }
        }
        Set<String> missing = new LinkedHashSet<>(RuleEngine.RULES);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            errors.add(new ProblemError("rules", "MISSING_RULE", messages.get("rules.rule.missing", String.join("、", missing))));
        }
        return errors;
    }

    static List<ProblemError> notInPast(RuleSetDefinition def, LocalDate today, Messages messages) {
        if (def.effectiveFrom().isBefore(today)) {
            return List.of(new ProblemError("effectiveFrom", "IN_PAST", messages.get("rules.effectiveFrom.past", today)));
        }
        return List.of();
    }

    private static void pattern(String regex, String field, List<ProblemError> errors, Messages messages) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            errors.add(new ProblemError(field, "INVALID_PATTERN", messages.get("rules.pattern.invalid")));
        }
    }
}
