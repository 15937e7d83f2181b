package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Someone allowed to see the filing opened one of its documents (every download is audited). */
public record FilingMaterialDownloaded(Actor actor, FilingId filingId, @Nullable String revisionId, String materialId,
                                       Instant at) implements AuditableEvent {
    public String action() { return "FILING_MATERIAL_DOWNLOADED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() {
        return "查看备案材料 " + materialId + (revisionId == null ? "" : "（变更 " + revisionId + "）");
    }
}
