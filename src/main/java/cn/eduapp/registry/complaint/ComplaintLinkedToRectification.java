package cn.eduapp.registry.complaint;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** A substantiated complaint led to a rectification order. */
public record ComplaintLinkedToRectification(Actor actor, String complaintId, String trackingNumber,
                                             String rectificationId, Instant at) implements AuditableEvent {
    public String action() { return "COMPLAINT_RECTIFICATION_LINKED"; }
    public String entityType() { return "COMPLAINT"; }
    public String entityId() { return complaintId; }
    public String summary() { return trackingNumber + " → 整改 " + rectificationId; }
}
