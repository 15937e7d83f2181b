package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Enforcement ordered the registered filing rectified (整改): it stays public, marked under rectification. */
public record FilingPutUnderRectification(Actor actor, String filingId, String providerId, String filingNumber, @Nullable String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_RECTIFICATION_ORDERED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId; }
    public String summary() { return Summaries.status(FilingStatus.UNDER_RECTIFICATION, comment); }
}
