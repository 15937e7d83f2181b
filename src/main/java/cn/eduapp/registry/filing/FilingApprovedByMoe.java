package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The national step approved the filing; {@link FilingRegistered} follows with its number. */
public record FilingApprovedByMoe(Actor actor, String filingId, String providerId, String filingNumber, @Nullable String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_MOE_REGISTERED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId; }
    public String summary() { return Summaries.status(FilingStatus.REGISTERED, comment); }
}
