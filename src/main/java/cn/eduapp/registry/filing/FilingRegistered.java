package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** The national step registered the filing and gave it its number. */
public record FilingRegistered(Actor actor, FilingId filingId, ProviderId providerId, String filingNumber, Instant at)
        implements AuditableEvent {
    public String action() { return "FILING_NUMBER_ISSUED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return "备案号 " + filingNumber; }
}
