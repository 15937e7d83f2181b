package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The city ordered rectification of a registered filing by a deadline (限期整改); the filing is UNDER_RECTIFICATION. */
public record RectificationOrdered(Actor actor, String orderId, FilingId filingId, ProviderId providerId, @Nullable String filingNumber, String reason, String clause, @Nullable Instant deadline, @Nullable String alertId) implements AuditableEvent {
    public String action() { return "RECTIFICATION_ORDERED"; }
    public String entityType() { return "RECTIFICATION"; }
    public String entityId() { return orderId; }
    public String summary() { return "限期整改至 " + deadline + "：" + reason + "（" + clause + "）"; }
}
