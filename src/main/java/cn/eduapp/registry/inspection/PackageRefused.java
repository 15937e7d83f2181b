package cn.eduapp.registry.inspection;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import java.time.Instant;

/** An uploaded file was refused as no package or as a hostile one ({@code reason}: the kind, e.g. BOMB). */
public record PackageRefused(Actor actor, FilingId filingId, String sha256, long size, String reason, Instant at)
        implements AuditableEvent {
    public String action() { return "PACKAGE_REFUSED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return "安装包被拒绝：" + reason + "，SHA-256 " + sha256; }
}
