package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.Severity;
import cn.eduapp.registry.shared.LicenceType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One rule as a rule-set version states it: everything a new notice could change, as data. {@code id} is a
 * rule id of DOMAIN.md, or {@code ICP_FILING.suffix} for the WARNING the ICP rule gives under its own id.
 * {@code inForce} defaults to true; {@code licence} names the licence a licence rule asks for.
 */
public record RuleDefinition(
        @NotBlank(message = "{rules.rule.id.required}") @Size(max = 64) String id,
        @NotBlank(message = "{rules.rule.clause.required}") @Size(max = 200, message = "{rules.rule.clause.size}") String clause,
        @NotNull(message = "{rules.rule.severity.required}") Severity severity,
        @NotBlank(message = "{rules.rule.message.required}") @Size(max = 1000, message = "{rules.rule.message.size}") String message,
        @Nullable Boolean inForce,
        @Nullable LicenceType licence) {

    public RuleDefinition {
        inForce = inForce == null ? Boolean.TRUE : inForce;
    }

    public boolean active() {
        return Boolean.TRUE.equals(inForce);
    }

    /** The rule id a finding carries: {@code ICP_FILING.suffix} reports as {@code ICP_FILING}. */
    public String ruleId() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
