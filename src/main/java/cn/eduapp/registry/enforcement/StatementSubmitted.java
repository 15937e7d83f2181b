package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The provider submitted its statement and defence (陈述申辩) within the period. */
public record StatementSubmitted(Actor actor, String caseId, String orderId, ProviderId providerId, Instant at) implements AuditableEvent {
    public String action() { return "ENFORCEMENT_STATEMENT_SUBMITTED"; }
    public String entityType() { return "ENFORCEMENT_CASE"; }
    public String entityId() { return caseId; }
    public String summary() { return "提供者提交陈述申辩"; }
}
