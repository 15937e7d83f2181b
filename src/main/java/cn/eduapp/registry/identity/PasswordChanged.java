package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

public record PasswordChanged(Actor actor, String accountId) implements AuditableEvent {
    public String action() { return "PASSWORD_CHANGED"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "修改密码"; }
}
