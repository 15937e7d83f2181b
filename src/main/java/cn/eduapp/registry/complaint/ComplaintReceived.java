package cn.eduapp.registry.complaint;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** A complaint came in and went to {@code agency}; carries no personal information. */
public record ComplaintReceived(Actor actor, String complaintId, String trackingNumber, ComplaintCategory category,
                                Agency agency, boolean unfiledApp, Instant dueAt, Instant at) implements AuditableEvent {
    public String action() { return "COMPLAINT_RECEIVED"; }
    public String entityType() { return "COMPLAINT"; }
    public String entityId() { return complaintId; }
    public String summary() { return trackingNumber + " " + category + " → " + agency; }
}
