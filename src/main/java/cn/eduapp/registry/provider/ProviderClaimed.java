package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** An imported provider was claimed with its code: it has its first account and counts as verified. */
public record ProviderClaimed(Actor actor, String providerId, String name, String creditCode, String accountId)
        implements AuditableEvent {
    public String action() { return "PROVIDER_CLAIMED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId; }
    public String summary() { return "单位认领：" + name + "（" + creditCode + "）"; }
}
