package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.Severity;
import org.jspecify.annotations.Nullable;

/** One rule as a rule-set version states it: everything a new notice could change, as data. */
public record RuleDefinition(String id, String clause, Severity severity, String message, boolean inForce,
                             @Nullable String licence) {

    /** The rule id a finding carries: {@code ICP_FILING.suffix} reports as {@code ICP_FILING}. */
    public String ruleId() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
