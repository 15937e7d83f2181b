package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import org.jspecify.annotations.Nullable;

/** A revision was created, edited, submitted or decided. */
public record RevisionTransitioned(Actor actor, FilingId filingId, String revisionId, @Nullable RevisionStatus from,
                                   RevisionStatus to, @Nullable String comment) implements AuditableEvent {
    public String action() { return "REVISION_" + to; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return "变更 " + revisionId + "：" + (from == null ? "" : from + " → ") + to
            + (comment == null ? "" : "：" + comment); }
}
