package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** A rectification order was started from a substantiated complaint; the complaint module links back. */
public record RectificationStartedFromComplaint(Actor actor, String orderId, String complaintId) implements AuditableEvent {
    public String action() { return "RECTIFICATION_FROM_COMPLAINT"; }
    public String entityType() { return "RECTIFICATION"; }
    public String entityId() { return orderId; }
    public String summary() { return "依投诉 " + complaintId + " 责令整改"; }
}
