package cn.eduapp.registry.complaint;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** The agency holding a complaint decided it; {@code onTime} when decided by the due date. */
public record ComplaintResolved(Actor actor, String complaintId, String trackingNumber, ComplaintCategory category,
                                Agency agency, ComplaintOutcome outcome, boolean onTime, Instant at)
        implements AuditableEvent {
    public String action() { return "COMPLAINT_RESOLVED"; }
    public String entityType() { return "COMPLAINT"; }
    public String entityId() { return complaintId; }
    public String summary() { return trackingNumber + " " + outcome + (onTime ? "" : "（逾期）"); }
}
