package cn.eduapp.registry.complaint.internal;

import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.system.operations.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A complaint is due {@code registry.complaints.due-working-days} (default 15) working days after the
 * Beijing day it arrived, at the end of that day. Working days come from the platform's holiday calendar
 * ({@link WorkingCalendar}: the State Council's 放假安排 with 调休 working weekends, later years kept by the city).
 */
@Component
public class DueDates {

    private final int workingDays;
    private final WorkingCalendar calendar;

    @Autowired
    DueDates(ComplaintSettings settings, WorkingCalendar calendar) {
        this(settings.dueWorkingDays(), calendar);
    }

    private DueDates(int workingDays, WorkingCalendar calendar) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("registry.complaints.due-working-days must be at least 1");
        }
        this.workingDays = workingDays;
        this.calendar = calendar;
    }

    public DueDates(int workingDays, Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        this(workingDays, WorkingCalendar.of(holidays, workingWeekends));
    }

    public boolean isWorkingDay(LocalDate d) {
        return calendar.isWorkingDay(d);
    }

    /** The day {@code workingDays} working days after {@code received} (the day of receipt does not count). */
    public LocalDate dueDate(LocalDate received) {
        return calendar.plusWorkingDays(received, workingDays);
    }

    /** The end (23:59:59 Beijing) of the due day. */
    public Instant dueAt(Instant receivedAt) {
        LocalDate received = receivedAt.atZone(Beijing.ZONE).toLocalDate();
        return dueDate(received).atTime(23, 59, 59).atZone(Beijing.ZONE).toInstant();
    }
}
