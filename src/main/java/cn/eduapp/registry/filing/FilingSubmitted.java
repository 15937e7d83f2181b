package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** The provider submitted the filing (pre-check without blocking findings): it waits for the city. */
public record FilingSubmitted(Actor actor, FilingId filingId, ProviderId providerId, Instant at) implements AuditableEvent {
    public String action() { return "FILING_SUBMITTED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.CITY_REVIEW, null); }
}
