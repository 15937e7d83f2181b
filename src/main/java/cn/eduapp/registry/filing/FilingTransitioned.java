package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Deprecated: every change of a filing's status, generic. Not audited (the specific events such as
 * {@link FilingSubmitted} or {@link FilingRevoked} are); still published until its last listeners move to them.
 */
public record FilingTransitioned(Actor actor, String filingId, String providerId, @Nullable FilingStatus from,
                                 FilingStatus to, String historyAction, @Nullable String comment,
                                 @Nullable String filingNumber, Instant at) {
}
