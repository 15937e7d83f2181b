package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

public record SecondFactorEnabled(Actor actor, String accountId) implements AuditableEvent {
    public String action() { return "SECOND_FACTOR_ENABLED"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "启用两步验证（动态验证码）"; }
}
