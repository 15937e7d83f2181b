package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The provider added a document to its filing (or to a revision of it), kept with its SHA-256. */
public record FilingMaterialAdded(Actor actor, FilingId filingId, @Nullable String revisionId, String materialId,
                                  String kind, String sha256, Instant at) implements AuditableEvent {
    public String action() { return "FILING_MATERIAL_ADDED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() {
        return "上传备案材料 " + kind + " " + materialId + (revisionId == null ? "" : "（变更 " + revisionId + "）")
                + " SHA-256 " + sha256;
    }
}
