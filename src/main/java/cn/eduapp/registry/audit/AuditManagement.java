package cn.eduapp.registry.audit;

import cn.eduapp.registry.audit.internal.AuditTrail;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The one door into the audit trail: read an entity's entries, verify the chain. Writing is by events only. */
@Service
public class AuditManagement {

    private final AuditTrail trail;

    AuditManagement(AuditTrail trail) {
        this.trail = trail;
    }

    /** Newest first; either filter may be absent. */
    public PageResult<AuditEntry> entries(@Nullable String entityType, @Nullable String entityId, PageQuery page) {
        return trail.find(blankToNull(entityType), blankToNull(entityId), page);
    }

    public Verification verify() {
        return trail.verify();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
