package cn.eduapp.registry.shared;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The count of wrong secrets that locks (DOMAIN.md, 等保 三级): five failures within 15 minutes lock for 15 minutes,
 * even against the right secret. One rule for a password or second-factor code at sign-in (identity) and a claim
 * code (provider). {@code after} is the count once one more failure is added at {@code now}.
 */
public record FailureCount(int attempts, Instant firstFailedAt, @Nullable Instant lockedUntil) {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    /** The count after one more failure: a new window once the last one ended or a lock was set. */
    public static FailureCount after(@Nullable Instant firstFailedAt, int failedAttempts, @Nullable Instant lockedUntil,
                                     Instant now) {
        boolean fresh = firstFailedAt == null || !now.isBefore(firstFailedAt.plus(WINDOW)) || lockedUntil != null;
        int attempts = fresh ? 1 : failedAttempts + 1;
        return new FailureCount(attempts, fresh ? now : firstFailedAt, attempts >= MAX_FAILURES ? now.plus(LOCK) : null);
    }

    public static boolean locked(@Nullable Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
