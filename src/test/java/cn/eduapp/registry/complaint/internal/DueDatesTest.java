package cn.eduapp.registry.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private final DueDates fifteen = new DueDates(15, Set.of(), Set.of());

    @Test
    void fifteenWorkingDaysFromAMondaySkipThreeWeekends() {
        // Mon 2026-11-30 → 15 working days later is Mon 2026-12-21
        assertThat(fifteen.dueDate(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void aComplaintReceivedAtTheWeekendCountsFromTheNextMonday() {
        // Sat 2026-11-28: Mon 30 Nov is day 1, … Fri 18 Dec is day 15
        assertThat(fifteen.dueDate(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void holidaysDoNotCountAndWorkingWeekendsDo() {
        DueDates oneDay = new DueDates(1, Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)),
                Set.of(LocalDate.of(2026, 10, 10)));
        // Wed 30 Sep → Thu 1 Oct and Fri 2 Oct are holidays, then the weekend: Mon 5 Oct
        assertThat(oneDay.dueDate(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 5));
        // Fri 9 Oct → Sat 10 Oct is a working weekend day (调休)
        assertThat(oneDay.dueDate(LocalDate.of(2026, 10, 9))).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void dueAtIsTheEndOfTheBeijingDueDay() {
        // 2026-11-29T20:00Z is Mon 30 Nov 04:00 in Beijing: due Mon 21 Dec 23:59:59 +08:00
        Instant due = fifteen.dueAt(Instant.parse("2026-11-29T20:00:00Z"));
        assertThat(due).isEqualTo(Instant.parse("2026-12-21T15:59:59Z"));
    }

    @Test
    void theNumberOfDaysIsConfigurable() {
        assertThat(new DueDates(5, Set.of(), Set.of()).dueDate(LocalDate.of(2026, 11, 30)))
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
