package cn.eduapp.registry.filing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** API.md's re-check alert. {@code status}: OPEN, RESOLVED (its rule passes again) or DISMISSED. */
public record RecheckAlert(String id, String filingId, @Nullable String filingNumber, String ruleId, String clause,
                           String message, Instant raisedAt, String status, @Nullable Instant closedAt,
                           @Nullable String closedBy, @Nullable String comment) {
}
