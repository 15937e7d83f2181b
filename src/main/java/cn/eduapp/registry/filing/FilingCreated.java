package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** A provider started a filing: a draft only it sees. */
public record FilingCreated(Actor actor, FilingId filingId, ProviderId providerId, Instant at) implements AuditableEvent {
    public String action() { return "FILING_CREATED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.DRAFT, null); }
}
