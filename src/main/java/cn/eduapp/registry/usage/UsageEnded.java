package cn.eduapp.registry.usage;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The institution stopped using the app. */
public record UsageEnded(Actor actor, String usageFilingId, String institutionId, String filingNumber,
                         @Nullable String reason, Instant at) implements AuditableEvent {
    public String action() { return "USAGE_ENDED"; }
    public String entityType() { return "USAGE_FILING"; }
    public String entityId() { return usageFilingId; }
    public String summary() { return "结束使用 " + filingNumber + (reason == null || reason.isBlank() ? "" : "：" + reason); }
}
