package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/**
 * A claim was refused ({@code reason}: WRONG_CODE, EXPIRED, USED, NOT_CLAIMABLE, LOCKED); a wrong code counts
 * like a wrong password. {@code providerId} is empty when no provider has the credit code.
 */
public record ProviderClaimRefused(Actor actor, String providerId, String client, String reason) implements AuditableEvent {
    public String action() { return "PROVIDER_CLAIM_REFUSED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId; }
    public String summary() { return "认领被拒绝：" + reason; }
}
