package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Enforcement ordered the registered filing rectified (整改): it stays public, marked under rectification. */
public record FilingPutUnderRectification(Actor actor, FilingId filingId, ProviderId providerId, String filingNumber, @Nullable String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_RECTIFICATION_ORDERED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.UNDER_RECTIFICATION, comment); }
}
