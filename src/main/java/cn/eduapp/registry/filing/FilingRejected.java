package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** The city refused the filing (不予备案). */
public record FilingRejected(Actor actor, FilingId filingId, ProviderId providerId, String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_CITY_REJECTED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.REJECTED, comment); }
}
