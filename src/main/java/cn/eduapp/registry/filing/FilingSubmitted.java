package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** The provider submitted the filing (pre-check without blocking findings): it waits for the city. */
public record FilingSubmitted(Actor actor, String filingId, String providerId, Instant at) implements AuditableEvent {
    public String action() { return "FILING_SUBMITTED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId; }
    public String summary() { return Summaries.status(FilingStatus.CITY_REVIEW, null); }
}
