package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** The provider changed the declaration of a filing it may still edit (DRAFT or RETURNED). */
public record FilingEdited(Actor actor, FilingId filingId, ProviderId providerId, FilingStatus status, Instant at) implements AuditableEvent {
    public String action() { return "FILING_EDITED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return status + " → " + status; }
}
