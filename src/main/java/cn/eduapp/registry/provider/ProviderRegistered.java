package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

public record ProviderRegistered(Actor actor, String providerId, String name, String creditCode) implements AuditableEvent {
    public String action() { return "PROVIDER_REGISTERED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId; }
    public String summary() { return "提供者注册：" + name + "（" + creditCode + "）"; }
}
