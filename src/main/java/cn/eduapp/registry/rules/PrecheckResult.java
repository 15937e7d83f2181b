package cn.eduapp.registry.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The pre-check's answer; {@code category} is null when out of scope. */
public record PrecheckResult(Scope scope, @Nullable Category category, boolean blocking, String ruleSetVersion,
                             List<Finding> findings) {

    public List<Finding> blockingFindings() {
        return findings.stream().filter(f -> f.severity() == Severity.BLOCKING).toList();
    }
}
