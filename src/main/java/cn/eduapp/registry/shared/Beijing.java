package cn.eduapp.registry.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar dates in the notice (deadlines, bans, licence validity) are Beijing dates. */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Beijing() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
