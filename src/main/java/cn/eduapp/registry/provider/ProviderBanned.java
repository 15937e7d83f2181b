package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;
import java.time.LocalDate;

/**
 * The provider is barred from new filings while today < banUntil (an app of it was revoked and listed by a decision,
 * issue 20). Since issue 20 the black list itself lists apps ({@code enforcement.AppBlacklisted}); the provider's other
 * filings stay registered and listed.
 */
public record ProviderBanned(Actor actor, ProviderId providerId, String providerName, String creditCode, String reason,
                             String clause, LocalDate listedOn, LocalDate banUntil) implements AuditableEvent {
    public String action() { return "PROVIDER_BLACKLISTED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "禁止提交新的备案申请至 " + banUntil + "：" + reason + "（" + clause + "）"; }
}
