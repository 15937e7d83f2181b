package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.HolidayCalendar;
import cn.eduapp.registry.system.operations.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working days in mainland China: Monday to Friday, less public holidays, plus the weekend days the State
 * Council's yearly 放假安排 makes working days (调休). {@link HolidayCalendar} is the one the application uses.
 */
public interface WorkingCalendar {

    /** The exceptions to the ordinary week from {@code from} to {@code to}: true = day off, false = working day. */
    Map<LocalDate, Boolean> exceptions(LocalDate from, LocalDate to);

    /** The day {@code n} working days after {@code from} (from itself does not count). */
    default LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        Map<LocalDate, Boolean> off = exceptions(from, from.plusDays(n * 3L + 40));
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d, off)) {
                counted++;
            }
        }
        return d;
    }

    default boolean isWorkingDay(LocalDate d) {
        return isWorkingDay(d, exceptions(d, d));
    }

    private static boolean isWorkingDay(LocalDate d, Map<LocalDate, Boolean> exceptions) {
        Boolean off = exceptions.get(d);
        if (off != null) {
            return !off;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** A fixed calendar (tests, and configuration that lists its days). */
    static WorkingCalendar of(java.util.Set<LocalDate> holidays, java.util.Set<LocalDate> workingWeekends) {
        Map<LocalDate, Boolean> all = new java.util.HashMap<>();
        holidays.forEach(d -> all.put(d, true));
        workingWeekends.forEach(d -> all.put(d, false));
        return (from, to) -> all;
    }
}
