package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

public record ProviderRegistered(Actor actor, ProviderId providerId, String name, String creditCode) implements AuditableEvent {
    public String action() { return "PROVIDER_REGISTERED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "提供者注册：" + name + "（" + creditCode + "）"; }
}
