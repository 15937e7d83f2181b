package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The provider cancelled the filing (注销); a draft has no number yet. */
public record FilingCancelled(Actor actor, FilingId filingId, ProviderId providerId, @Nullable String filingNumber, @Nullable String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_CANCELLED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.CANCELLED, comment); }
}
