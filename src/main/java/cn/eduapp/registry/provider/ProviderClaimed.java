package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

/** An imported provider was claimed with its code: it has its first account and counts as verified. */
public record ProviderClaimed(Actor actor, ProviderId providerId, String name, String creditCode, String accountId)
        implements AuditableEvent {
    public String action() { return "PROVIDER_CLAIMED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "单位认领：" + name + "（" + creditCode + "）"; }
}
