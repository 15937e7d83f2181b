package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

/** An organisation disputed a provider's credit code with its documents (public, issue 21); the city decides. */
public record ProviderDisputeFiled(Actor actor, String disputeId, ProviderId providerId, String creditCode,
                                   String trackingNumber) implements AuditableEvent {
    public String action() { return "PROVIDER_DISPUTE_FILED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "单位身份争议已提出（" + creditCode + "），受理编号 " + trackingNumber; }
}
