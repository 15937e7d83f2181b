package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An approved revision put a new declaration in force: the public lists and the verify index follow. */
public record FilingDeclarationChanged(Actor actor, FilingId filingId, ProviderId providerId, @Nullable String filingNumber,
                                       String revisionId, Instant at) implements AuditableEvent {
    public String action() { return "FILING_DECLARATION_CHANGED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return "变更生效（" + revisionId + "）"; }
}
