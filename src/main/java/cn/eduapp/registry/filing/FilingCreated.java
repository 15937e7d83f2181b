package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** A provider started a filing: a draft only it sees. */
public record FilingCreated(Actor actor, String filingId, String providerId, Instant at) implements AuditableEvent {
    public String action() { return "FILING_CREATED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId; }
    public String summary() { return Summaries.status(FilingStatus.DRAFT, null); }
}
