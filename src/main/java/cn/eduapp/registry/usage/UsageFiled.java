package cn.eduapp.registry.usage;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** An institution filed its use of a registered app. */
public record UsageFiled(Actor actor, String usageFilingId, String institutionId, String filingNumber,
                         boolean unifiedSelection, Instant at) implements AuditableEvent {
    public String action() { return "USAGE_FILED"; }
    public String entityType() { return "USAGE_FILING"; }
    public String entityId() { return usageFilingId; }
    public String summary() { return "使用者备案 " + filingNumber + (unifiedSelection ? "（统一选用）" : ""); }
}
