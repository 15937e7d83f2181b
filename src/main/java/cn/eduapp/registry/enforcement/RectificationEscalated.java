package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An open order passed its deadline: OVERDUE, filing REVOKED, provider blacklisted for six months; raised once by the sweep. */
public record RectificationEscalated(Actor actor, String orderId, String filingId, String providerId, @Nullable String filingNumber, Instant deadline, LocalDate banUntil, Instant at) implements AuditableEvent {
    public String action() { return "RECTIFICATION_ESCALATED"; }
    public String entityType() { return "RECTIFICATION"; }
    public String entityId() { return orderId; }
    public String summary() { return "逾期未整改（期限 " + deadline + "），撤销备案并列入黑名单至 " + banUntil; }
}
