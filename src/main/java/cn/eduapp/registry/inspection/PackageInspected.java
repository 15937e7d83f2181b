package cn.eduapp.registry.inspection;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import java.time.Instant;
import java.util.List;

/**
 * A provider uploaded a package for a filing and it was inspected; {@code sdkCategories} of what was found,
 * {@code certificateSha256s} the SHA-256 digests (lower-case hex) of its signer certificates.
 */
public record PackageInspected(Actor actor, FilingId filingId, String packageId, String packageName, String sha256,
                               List<String> sdkCategories, List<String> certificateSha256s, Instant at)
        implements AuditableEvent {
    public String action() { return "PACKAGE_INSPECTED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() {
        return "安装包 " + packageName + " SHA-256 " + sha256 + (sdkCategories.isEmpty() ? "" : " 检出 " + String.join("、", sdkCategories));
    }
}
