package cn.eduapp.registry.complaint;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** A member of staff was shown a complainant's contact details (DOMAIN.md: every view is audited). */
public record ComplainantContactViewed(Actor actor, String complaintId, String trackingNumber, String channel,
                                       Instant at) implements AuditableEvent {
    public String action() { return "COMPLAINANT_CONTACT_VIEWED"; }
    public String entityType() { return "COMPLAINT"; }
    public String entityId() { return complaintId; }
    public String summary() { return trackingNumber + " 查看投诉人联系方式（" + channel + "）"; }
}
