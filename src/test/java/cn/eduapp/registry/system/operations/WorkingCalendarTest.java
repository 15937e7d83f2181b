package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Working days from the shipped State Council data (2026): the National Day week and its 调休 Saturday. */
class WorkingCalendarTest {

    static WorkingCalendar shipped2026() throws IOException {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        try (InputStream in = WorkingCalendarTest.class.getResourceAsStream("/holidays/2026.json")) {
            JsonNode year = JsonMapper.builder().build().readTree(in);
            assertThat(year.get("papers").get(0).asText()).startsWith("https://www.gov.cn/");
            for (JsonNode d : year.get("days")) {
                (d.get("isOffDay").asBoolean() ? off : work).add(LocalDate.parse(d.get("date").asText()));
            }
        }
        return WorkingCalendar.of(off, work);
    }

    @Test
    void workingDaysSkipTheNationalDayWeekAndCountTheMakeUpSaturday() throws IOException {
        WorkingCalendar calendar = shipped2026();
        LocalDate lastDayBefore = LocalDate.of(2026, 9, 30); // a Wednesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).as("a Monday in the holiday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("the 调休 Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
        assertThat(calendar.plusWorkingDays(lastDayBefore, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.plusWorkingDays(lastDayBefore, 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.plusWorkingDays(lastDayBefore, 4)).isEqualTo(LocalDate.of(2026, 10, 12));
        // the ordinary week alone would have said Monday 5 October
        assertThat(WorkingCalendar.of(Set.of(), Set.of()).plusWorkingDays(lastDayBefore, 3)).isEqualTo(LocalDate.of(2026, 10, 5));
    }
}
