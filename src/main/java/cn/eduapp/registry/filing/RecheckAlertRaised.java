package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import org.jspecify.annotations.Nullable;

/** A registered filing no longer passes a rule: the city sees an alert, the provider is told. */
public record RecheckAlertRaised(Actor actor, String alertId, FilingId filingId, ProviderId providerId,
                                 @Nullable String filingNumber, String ruleId, String clause, String message)
        implements AuditableEvent {
    public String action() { return "RECHECK_ALERT_RAISED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return "复核预警 " + ruleId + "（" + clause + "）"; }
}
