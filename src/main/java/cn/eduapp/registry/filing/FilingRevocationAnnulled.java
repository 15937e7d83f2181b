package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A review (行政复议 or court) annulled the revocation: the filing is REGISTERED again. */
public record FilingRevocationAnnulled(Actor actor, FilingId filingId, ProviderId providerId, @Nullable String filingNumber, String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_REVOCATION_ANNULLED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.REGISTERED, comment); }
}
