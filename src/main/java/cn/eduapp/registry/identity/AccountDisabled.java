package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** An account was disabled and its tokens revoked by whoever manages it. */
public record AccountDisabled(Actor actor, String accountId, String username) implements AuditableEvent {
    public String action() { return "ACCOUNT_DISABLED"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "停用账号 " + username; }
}
