package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** 京教信〔2022〕5号 三（五）: a pending application the notice no longer accepts was refused (不予备案). */
public record FilingRefusedNoLongerAccepted(Actor actor, FilingId filingId, ProviderId providerId, String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_REFUSED_NO_LONGER_ACCEPTED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.REJECTED, comment); }
}
