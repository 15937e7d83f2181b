package cn.eduapp.registry.usage;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** The app of a use filing went wrong (rectification, revocation, blacklisting): the institution must act. */
public record UsageActionRequired(Actor actor, String usageFilingId, String institutionId, String filingNumber,
                                  String kind, Instant at) implements AuditableEvent {
    public String action() { return "USAGE_ACTION_REQUIRED"; }
    public String entityType() { return "USAGE_FILING"; }
    public String entityId() { return usageFilingId; }
    public String summary() { return "应用 " + filingNumber + " 状态变化（" + kind + "），需使用单位处理"; }
}
