package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** Enforcement accepted the rectification: the filing is REGISTERED again. */
public record FilingRectified(Actor actor, FilingId filingId, ProviderId providerId, String filingNumber, Instant at) implements AuditableEvent {
    public String action() { return "FILING_RECTIFICATION_ACCEPTED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.REGISTERED, null); }
}
