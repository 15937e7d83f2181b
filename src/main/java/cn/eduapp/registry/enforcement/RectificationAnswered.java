package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** The provider reported what it has rectified; the order waits for the city. */
public record RectificationAnswered(Actor actor, String orderId, FilingId filingId, ProviderId providerId, Instant at) implements AuditableEvent {
    public String action() { return "RECTIFICATION_ANSWERED"; }
    public String entityType() { return "RECTIFICATION"; }
    public String entityId() { return orderId; }
    public String summary() { return "提供者已提交整改情况"; }
}
