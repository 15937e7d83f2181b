package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A listing ended: its period ran out (EXPIRED), the city removed it early (REMOVED, 信用修复), or a review annulled the decision (ANNULLED). */
public record BlacklistingEnded(Actor actor, String entryId, FilingId filingId, ProviderId providerId, @Nullable String filingNumber, String appName, String kind, @Nullable String reason, Instant at) implements AuditableEvent {
    public String action() { return "APP_BLACKLISTING_ENDED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return "应用“" + appName + "”移出黑名单（" + switch (kind) { case "EXPIRED" -> "期满"; case "ANNULLED" -> "决定被撤销"; default -> "提前移出"; } + "）" + (reason == null ? "" : "：" + reason); }
}
