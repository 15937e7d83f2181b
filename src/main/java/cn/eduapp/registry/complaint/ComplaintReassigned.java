package cn.eduapp.registry.complaint;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** Staff of the agency that held a complaint passed it to another agency, with a reason. */
public record ComplaintReassigned(Actor actor, String complaintId, String trackingNumber, Agency from, Agency to,
                                  Instant at) implements AuditableEvent {
    public String action() { return "COMPLAINT_REASSIGNED"; }
    public String entityType() { return "COMPLAINT"; }
    public String entityId() { return complaintId; }
    public String summary() { return trackingNumber + " " + from + " → " + to; }
}
