package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

/** A city reviewer refused the documents, saying why; the provider uploads again. */
public record ProviderVerificationRejected(Actor actor, ProviderId providerId, String comment) implements AuditableEvent {
    public String action() { return "PROVIDER_VERIFICATION_REJECTED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "单位核验未通过：" + comment; }
}
