package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The city approved the filing: it goes to the national step. */
public record FilingApprovedByCity(Actor actor, FilingId filingId, ProviderId providerId, @Nullable String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_CITY_APPROVED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.MOE_REVIEW, comment); }
}
