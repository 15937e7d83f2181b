package cn.eduapp.registry.complaint.internal;

import cn.eduapp.registry.shared.Beijing;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A complaint is due {@code registry.complaints.due-working-days} (default 15) working days after the
 * Beijing day it arrived, at the end of that day. Working days are Monday to Friday, less the dates in
 * {@code registry.complaints.holidays}, plus the weekend dates in {@code registry.complaints.working-weekends}
 * (调休: the State Council's yearly notice moves some working days to weekends). Both lists are ISO dates
 * separated by commas, empty by default.
 */
@Component
public class DueDates {

    private final int workingDays;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    @Autowired
    DueDates(@Value("${registry.complaints.due-working-days:15}") int workingDays,
             @Value("${registry.complaints.holidays:}") String holidays,
             @Value("${registry.complaints.working-weekends:}") String workingWeekends) {
        this(workingDays, dates(holidays), dates(workingWeekends));
    }

    public DueDates(int workingDays, Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("registry.complaints.due-working-days must be at least 1");
        }
        this.workingDays = workingDays;
        this.holidays = Set.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
    }

    public boolean isWorkingDay(LocalDate d) {
        if (holidays.contains(d)) {
            return false;
        }
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || workingWeekends.contains(d);
    }

    /** The day {@code workingDays} working days after {@code received} (the day of receipt does not count). */
    public LocalDate dueDate(LocalDate received) {
        LocalDate d = received;
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The end (23:59:59 Beijing) of the due day. */
    public Instant dueAt(Instant receivedAt) {
        LocalDate received = receivedAt.atZone(Beijing.ZONE).toLocalDate();
        return dueDate(received).atTime(23, 59, 59).atZone(Beijing.ZONE).toInstant();
    }

    static Set<LocalDate> dates(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(LocalDate::parse)
                .collect(Collectors.toUnmodifiableSet());
    }
}
