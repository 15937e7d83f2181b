package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** A city reviewer refused the documents, saying why; the provider uploads again. */
public record ProviderVerificationRejected(Actor actor, String providerId, String comment) implements AuditableEvent {
    public String action() { return "PROVIDER_VERIFICATION_REJECTED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId; }
    public String summary() { return "单位核验未通过：" + comment; }
}
