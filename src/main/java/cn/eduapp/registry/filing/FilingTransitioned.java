package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Every change of a filing's status, with who, when, from, to and why. Listeners that care about one
 * kind of change read {@code to}; {@link FilingRegistered} and the enforcement events say more.
 */
public record FilingTransitioned(Actor actor, String filingId, String providerId, @Nullable FilingStatus from,
                                 FilingStatus to, String historyAction, @Nullable String comment,
                                 @Nullable String filingNumber, Instant at) implements AuditableEvent {
    public String action() { return "FILING_" + historyAction; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId; }
    public String summary() {
        return (from == null ? "" : from + " → ") + to + (comment == null || comment.isBlank() ? "" : "：" + comment);
    }
}
