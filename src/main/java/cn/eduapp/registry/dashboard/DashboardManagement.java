package cn.eduapp.registry.dashboard;

import cn.eduapp.registry.complaint.ComplaintCategory;
import cn.eduapp.registry.complaint.ComplaintFigures;
import cn.eduapp.registry.complaint.ComplaintManagement;
import cn.eduapp.registry.enforcement.RectificationManagement;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.usage.UsageManagement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The city's figures, gathered from the modules that own them (each keeps its own SQL): filing, complaint,
 * enforcement and usage. Callers check the role (CITY_REVIEWER).
 */
@Service
public class DashboardManagement {

    /** Registrations are shown for this many Beijing calendar months, the current one included. */
    public static final int MONTHS = 12;
    /** The rules' two categories, in the order the charts show them ({@code rules.Category}). */
    static final List<String> CATEGORIES = List.of("SUBJECT_TRAINING", "NON_SUBJECT_TRAINING");

    private final FilingManagement filings;
    private final ComplaintManagement complaints;
    private final RectificationManagement enforcement;
    private final UsageManagement usage;
    private final Clock clock;

    DashboardManagement(FilingManagement filings, ComplaintManagement complaints, RectificationManagement enforcement,
                        UsageManagement usage, Clock clock) {
        this.filings = filings;
        this.complaints = complaints;
        this.enforcement = enforcement;
        this.usage = usage;
        this.clock = clock;
    }

    public CityFigures cityFigures() {
        return new CityFigures(clock.instant(), filingFigures(), complaintFigures(), rectifications(), usageFigures());
    }

    private CityFigures.Filings filingFigures() {
        FilingManagement.Figures f = filings.figures(MONTHS);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (FilingStatus s : FilingStatus.values()) {
            byStatus.put(s.name(), 0L);
        }
        Map<String, Long> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> byCategory.put(c, 0L));
        List<CityFigures.StatusCategoryCount> matrix = new ArrayList<>();
        long total = 0;
        for (FilingManagement.StatusCategoryCount c : f.byStatusAndCategory()) {
            String category = c.category() == null ? CityFigures.UNCLASSIFIED : c.category();
            byStatus.merge(c.status().name(), c.count(), Long::sum);
            byCategory.merge(category, c.count(), Long::sum);
            matrix.add(new CityFigures.StatusCategoryCount(c.status().name(), category, c.count()));
            total += c.count();
        }
        return new CityFigures.Filings(total,
                byStatus.entrySet().stream().map(e -> new CityFigures.StatusCount(e.getKey(), e.getValue())).toList(),
                byCategory.entrySet().stream().map(e -> new CityFigures.CategoryCount(e.getKey(), e.getValue())).toList(),
                matrix,
                f.registrationsPerMonth().stream().map(m -> new CityFigures.MonthCount(m.month(), m.count())).toList());
    }

    private CityFigures.Complaints complaintFigures() {
        ComplaintFigures c = complaints.figures();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (ComplaintCategory category : ComplaintCategory.values()) {
            byCategory.put(category.name(), 0L);
        }
        c.byCategory().forEach(x -> byCategory.merge(x.category().name(), x.count(), Long::sum));
        return new CityFigures.Complaints(c.total(), c.open(), c.openOverdue(), c.resolved(), c.resolvedOnTime(),
                c.onTimeShare(),
                byCategory.entrySet().stream().map(e -> new CityFigures.CategoryCount(e.getKey(), e.getValue())).toList());
    }

    private CityFigures.Rectifications rectifications() {
        return new CityFigures.Rectifications(ordersIn("open"), ordersIn("responded"), ordersIn("dueSoon"),
                ordersIn("overdue"));
    }

    /** The size of one of enforcement's dashboard lists (it counts; one row is fetched and ignored). */
    private long ordersIn(String list) {
        return enforcement.dashboard(list, null, PageQuery.of(0, 1)).total();
    }

    private CityFigures.Usage usageFigures() {
        return new CityFigures.Usage(usage.districts().stream()
                .map(d -> new CityFigures.District(d.districtId(), d.name(), d.districtCode(), d.schools(), d.apps(),
                        d.liveFilings()))
                .toList());
    }
}
