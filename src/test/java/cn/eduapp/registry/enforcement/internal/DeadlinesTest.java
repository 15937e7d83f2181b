package cn.eduapp.registry.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void aDateMeansTheEndOfThatBeijingDay() {
        assertThat(Deadlines.parse("2026-12-01")).contains(Instant.parse("2026-12-01T15:59:59Z"));
    }

    @Test
    void aTimestampKeepsItsOffsetAndMicroseconds() {
        assertThat(Deadlines.parse("2026-12-01T10:00:00+08:00")).contains(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(Deadlines.parse("2026-12-01T02:00:00.123456789Z")).contains(Instant.parse("2026-12-01T02:00:00.123456Z"));
        assertThat(Deadlines.parse("2026-12-01T10:00:00+0800")).isEmpty();
    }

    @Test
    void aTimestampWithoutOffsetIsBeijingTime() {
        assertThat(Deadlines.parse("2026-12-01T10:00:00")).contains(Instant.parse("2026-12-01T02:00:00Z"));
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(Deadlines.parse("下周五")).isEmpty();
        assertThat(Deadlines.parse("2026-13-01")).isEmpty();
        assertThat(Deadlines.parse("")).isEmpty();
    }
}
