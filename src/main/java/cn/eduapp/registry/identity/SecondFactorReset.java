package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** Someone who manages the account removed its second factor (a lost phone): {@code actor} is that manager. */
public record SecondFactorReset(Actor actor, String accountId) implements AuditableEvent {
    public String action() { return "SECOND_FACTOR_RESET"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "重置两步验证（由管理单位）"; }
}
