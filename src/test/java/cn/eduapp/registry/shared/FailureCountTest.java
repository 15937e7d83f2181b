package cn.eduapp.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureCountTest {

    static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        FailureCount c = FailureCount.after(null, 0, null, T0);
        for (int i = 2; i <= 4; i++) {
            c = FailureCount.after(c.firstFailedAt(), c.attempts(), c.lockedUntil(), T0.plus(Duration.ofMinutes(i)));
            assertThat(c.lockedUntil()).isNull();
        }
        Instant fifth = T0.plus(Duration.ofMinutes(14));
        c = FailureCount.after(c.firstFailedAt(), c.attempts(), c.lockedUntil(), fifth);
        assertThat(c.attempts()).isEqualTo(5);
        assertThat(c.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(FailureCount.locked(c.lockedUntil(), fifth.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(FailureCount.locked(c.lockedUntil(), fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aFailureAfterTheWindowOrAfterALockStartsAgain() {
        FailureCount late = FailureCount.after(T0, 4, null, T0.plus(Duration.ofMinutes(15)));
        assertThat(late.attempts()).isEqualTo(1);
        assertThat(late.firstFailedAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        FailureCount afterLock = FailureCount.after(T0, 5, T0.plus(Duration.ofMinutes(15)), T0.plus(Duration.ofMinutes(31)));
        assertThat(afterLock.attempts()).isEqualTo(1);
        assertThat(afterLock.lockedUntil()).isNull();
    }
}
