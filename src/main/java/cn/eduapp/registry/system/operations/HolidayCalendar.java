package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.HolidayCalendar;
import cn.eduapp.registry.system.operations.WorkingCalendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The working-day calendar in PostgreSQL ({@code holiday_calendar}), shared by every instance. At start the
 * State Council's arrangements shipped in {@code resources/holidays/} (holiday-cn, with their source) are
 * copied in for every year that has no rows yet; the city maintains later years ({@link #put}, {@link #remove}).
 */
@Component
public class HolidayCalendar implements WorkingCalendar {

    /** One exception to the ordinary week. */
    public record Day(LocalDate day, boolean offDay, String name, String source) {
    }

    static final String CITY = "市教委维护";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    HolidayCalendar(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() throws java.io.IOException {
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:holidays/*.json")) {
            JsonNode year = json.readTree(r.getInputStream());
            int y = year.get("year").asInt();
            String source = year.get("papers").isEmpty() ? "国务院办公厅放假安排" : year.get("papers").get(0).asText();
            List<Object[]> rows = new ArrayList<>();
            for (JsonNode d : year.get("days")) {
                rows.add(new Object[] {LocalDate.parse(d.get("date").asText()), d.get("isOffDay").asBoolean(),
                        d.get("name").asText(), source});
            }
            seedYear(y, rows);
        }
    }

    private void seedYear(int year, List<Object[]> rows) {
        boolean present = jdbc.sql("select count(*) from holiday_calendar where extract(year from day) = ?")
                .param(year).query(Long.class).single() > 0;
        if (present) {
            return;
        }
        for (Object[] r : rows) {
            jdbc.sql("""
                    insert into holiday_calendar (day, off_day, name, source, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, 'system') on conflict (day) do nothing""")
                    .params(Date.valueOf((LocalDate) r[0]), r[1], r[2], r[3], Timestamp.from(clock.instant())).update();
        }
    }

    @Override
    public Map<LocalDate, Boolean> exceptions(LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> m = new HashMap<>();
        jdbc.sql("select day, off_day from holiday_calendar where day between ? and ?")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    m.put(rs.getDate(1).toLocalDate(), rs.getBoolean(2));
                });
        return m;
    }

    public List<Day> year(int year) {
        return jdbc.sql("select day, off_day, name, source from holiday_calendar where extract(year from day) = ? order by day")
                .param(year)
                .query((rs, i) -> new Day(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The city enters (or corrects) a holiday or a 调休 working weekend. */
    public void put(LocalDate day, boolean offDay, String name, String by) {
        jdbc.sql("""
                insert into holiday_calendar (day, off_day, name, source, updated_at, updated_by) values (?, ?, ?, ?, ?, ?)
                on conflict (day) do update set off_day = excluded.off_day, name = excluded.name, source = excluded.source,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(Date.valueOf(day), offDay, name, CITY, Timestamp.from(clock.instant()), by).update();
    }

    public boolean remove(LocalDate day) {
        return jdbc.sql("delete from holiday_calendar where day = ?").param(Date.valueOf(day)).update() == 1;
    }
}
