package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

public record LoginSucceeded(Actor actor, String accountId, String clientAddress) implements AuditableEvent {
    public String action() { return "LOGIN_SUCCEEDED"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "登录成功 " + clientAddress; }
}
