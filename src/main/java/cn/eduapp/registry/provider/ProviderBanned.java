package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.LocalDate;

/** The provider went on the black list: no new submissions while today < banUntil (API.md). */
public record ProviderBanned(Actor actor, String providerId, String providerName, String creditCode, String reason,
                             String clause, LocalDate listedOn, LocalDate banUntil) implements AuditableEvent {
    public String action() { return "PROVIDER_BLACKLISTED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId; }
    public String summary() { return "列入黑名单至 " + banUntil + "：" + reason + "（" + clause + "）"; }
}
