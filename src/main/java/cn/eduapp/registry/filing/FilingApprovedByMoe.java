package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The national step approved the filing; {@link FilingRegistered} follows with its number. */
public record FilingApprovedByMoe(Actor actor, FilingId filingId, ProviderId providerId, String filingNumber, @Nullable String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_MOE_REGISTERED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.REGISTERED, comment); }
}
