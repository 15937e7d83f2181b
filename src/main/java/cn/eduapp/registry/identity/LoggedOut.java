package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

public record LoggedOut(Actor actor, String accountId) implements AuditableEvent {
    public String action() { return "LOGGED_OUT"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "退出登录"; }
}
