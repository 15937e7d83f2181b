package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The provider removed a document from its filing (or a revision) while it could still change it. */
public record FilingMaterialRemoved(Actor actor, FilingId filingId, @Nullable String revisionId, String materialId,
                                    Instant at) implements AuditableEvent {
    public String action() { return "FILING_MATERIAL_REMOVED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() {
        return "删除备案材料 " + materialId + (revisionId == null ? "" : "（变更 " + revisionId + "）");
    }
}
