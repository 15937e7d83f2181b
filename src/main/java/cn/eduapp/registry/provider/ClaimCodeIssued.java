package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** The city issued a one-time claim code for an imported provider (the code itself is never recorded). */
public record ClaimCodeIssued(Actor actor, ProviderId providerId, Instant expiresAt) implements AuditableEvent {
    public String action() { return "PROVIDER_CLAIM_CODE_ISSUED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "签发认领码，有效期至 " + expiresAt; }
}
