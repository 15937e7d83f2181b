package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The app concerned (its filing) went on the black list by a decision; the provider's other apps are untouched. */
public record AppBlacklisted(Actor actor, String entryId, String caseId, FilingId filingId, ProviderId providerId, @Nullable String filingNumber, String appName, String providerName, String creditCode, String reason, String clause, String decisionNumber, LocalDate listedOn, LocalDate listedUntil) implements AuditableEvent {
    public String action() { return "APP_BLACKLISTED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return "应用“" + appName + "”列入黑名单至 " + listedUntil + "：" + reason + "（" + clause + "，" + decisionNumber + "）"; }
}
