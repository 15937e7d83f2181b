package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** A failed login; {@code accountId} is empty for an unknown username. */
public record LoginFailed(Actor actor, String accountId, String clientAddress, String reason) implements AuditableEvent {
    public String action() { return "LOGIN_FAILED"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "登录失败(" + reason + ") " + clientAddress; }
}
