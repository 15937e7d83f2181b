package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.FilingManagement.Figures;
import cn.eduapp.registry.filing.FilingManagement.MonthCount;
import cn.eduapp.registry.filing.internal.persistence.FilingQueries;
import cn.eduapp.registry.shared.Beijing;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The city's figures of filings (dashboard): every month of the window is there, in order. */
@Component
public class FilingFigures {

    private final FilingQueries queries;
    private final Clock clock;

    FilingFigures(FilingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Filings by status and category, and registrations in each of the last {@code months} Beijing months. */
    public Figures last(int months) {
        YearMonth current = YearMonth.now(clock.withZone(Beijing.ZONE));
        YearMonth first = current.minusMonths(months - 1L);
        Figures raw = queries.figures(first.atDay(1).atStartOfDay(Beijing.ZONE).toInstant());
        Map<String, Long> counted = new HashMap<>();
        raw.registrationsPerMonth().forEach(m -> counted.put(m.month(), m.count()));
        List<MonthCount> filled = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            filled.add(new MonthCount(m.toString(), counted.getOrDefault(m.toString(), 0L)));
        }
        return new Figures(raw.byStatusAndCategory(), filled);
    }
}
