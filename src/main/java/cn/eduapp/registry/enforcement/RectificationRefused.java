package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The provider refused to rectify (拒不整改): filing REVOKED and provider blacklisted at once. */
public record RectificationRefused(Actor actor, String orderId, String filingId, String providerId, @Nullable String filingNumber, LocalDate banUntil, Instant at) implements AuditableEvent {
    public String action() { return "RECTIFICATION_REFUSED"; }
    public String entityType() { return "RECTIFICATION"; }
    public String entityId() { return orderId; }
    public String summary() { return "拒不整改，撤销备案并列入黑名单至 " + banUntil; }
}
