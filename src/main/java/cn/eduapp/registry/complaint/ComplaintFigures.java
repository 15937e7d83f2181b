package cn.eduapp.registry.complaint;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Counts by category, agency and month (Beijing), and the share of decided complaints decided on time. */
public record ComplaintFigures(long total, long open, long openOverdue, long resolved, long resolvedOnTime,
                               @Nullable Double onTimeShare, List<CategoryCount> byCategory,
                               List<AgencyCount> byAgency, List<MonthCount> byMonth) {

    public record CategoryCount(ComplaintCategory category, long count) {
    }

    public record AgencyCount(Agency agency, long count) {
    }

    public record MonthCount(String month, long count, long resolved, long resolvedOnTime) {
    }
}
