package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** A city reviewer found the documents match the credit code: the provider may submit filings. */
public record ProviderVerified(Actor actor, String providerId, String comment) implements AuditableEvent {
    public String action() { return "PROVIDER_VERIFIED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId; }
    public String summary() { return "单位核验通过"; }
}
