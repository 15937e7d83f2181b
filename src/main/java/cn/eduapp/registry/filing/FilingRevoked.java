package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Enforcement revoked the filing (撤销备案): it leaves the white list. */
public record FilingRevoked(Actor actor, String filingId, String providerId, @Nullable String filingNumber, @Nullable String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_REVOKED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId; }
    public String summary() { return Summaries.status(FilingStatus.REVOKED, comment); }
}
