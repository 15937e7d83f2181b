package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** The provider changed the declaration of a filing it may still edit (DRAFT or RETURNED). */
public record FilingEdited(Actor actor, String filingId, String providerId, FilingStatus status, Instant at) implements AuditableEvent {
    public String action() { return "FILING_EDITED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId; }
    public String summary() { return status + " → " + status; }
}
