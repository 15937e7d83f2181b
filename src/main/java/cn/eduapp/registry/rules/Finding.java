package cn.eduapp.registry.rules;

/** One rule that fired: its id, the clause it comes from, how severe, and what to fix, in Chinese. */
public record Finding(String ruleId, String clause, Severity severity, String message) {
}
