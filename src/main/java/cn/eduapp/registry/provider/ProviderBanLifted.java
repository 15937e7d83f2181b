package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;
import java.time.LocalDate;

/** A ban's six months passed: the provider leaves the black list (the history keeps the entry). */
public record ProviderBanLifted(Actor actor, ProviderId providerId, String providerName, String creditCode,
                                LocalDate liftedOn) implements AuditableEvent {
    public String action() { return "PROVIDER_BAN_LIFTED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "黑名单期满解除 " + liftedOn; }
}
