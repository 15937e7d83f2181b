package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.shared.Beijing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** API.md: a deadline is a timestamp, or a date meaning the end of that Beijing day. */
public final class Deadlines {

    /** The last second of a Beijing day; an order is overdue once this has passed. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private Deadlines() {
    }

    /** The end (23:59:59 Beijing) of a day. */
    public static Instant endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(Beijing.ZONE).toInstant();
    }

    /** A moment that has happened (a service): a date means the start of that Beijing day. */
    public static Optional<Instant> parseMoment(String text) {
        String t = text.trim();
        if (t.length() == 10) {
            try {
                return Optional.of(LocalDate.parse(t).atStartOfDay(Beijing.ZONE).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return parse(t);
    }

    public static Optional<Instant> parse(String text) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t).atTime(END_OF_DAY).atZone(Beijing.ZONE).toInstant());
            }
            if (!t.endsWith("Z") && !t.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                // a timestamp without an offset is Beijing time, like every calendar date here
                return Optional.of(LocalDateTime.parse(t).atZone(Beijing.ZONE).toInstant().truncatedTo(ChronoUnit.MICROS));
            }
            // PostgreSQL keeps microseconds: the deadline stored is the deadline answered
            return Optional.of(OffsetDateTime.parse(t).toInstant().truncatedTo(ChronoUnit.MICROS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
