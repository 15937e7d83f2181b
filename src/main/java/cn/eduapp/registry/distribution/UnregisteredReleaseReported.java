package cn.eduapp.registry.distribution;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An app store reported a release of an app that is not REGISTERED: an alert for the CAC (四(三)). */
public record UnregisteredReleaseReported(Actor actor, String alertId, String appStoreName, String platform,
                                          String identifier, String version, String status,
                                          @Nullable String filingNumber, Instant raisedAt) implements AuditableEvent {
    public String action() { return "UNREGISTERED_RELEASE_ALERT"; }
    public String entityType() { return "DISTRIBUTION_ALERT"; }
    public String entityId() { return alertId; }
    public String summary() {
        return appStoreName + " 上架 " + platform + ":" + identifier + " " + version + "（" + status + "）";
    }
}
