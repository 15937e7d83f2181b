package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

/** A city reviewer found the documents match the credit code: the provider may submit filings. */
public record ProviderVerified(Actor actor, ProviderId providerId, String comment) implements AuditableEvent {
    public String action() { return "PROVIDER_VERIFIED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "单位核验通过"; }
}
