package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

public record AccountLocked(Actor actor, String accountId, Instant lockedUntil) implements AuditableEvent {
    public String action() { return "ACCOUNT_LOCKED"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "连续登录失败，账号锁定至 " + lockedUntil; }
}
