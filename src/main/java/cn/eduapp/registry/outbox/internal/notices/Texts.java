package cn.eduapp.registry.outbox.internal.notices;

import cn.eduapp.registry.shared.Beijing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates and times as a Chinese letter writes them, in Beijing time. */
final class Texts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(Beijing.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private Texts() {
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
