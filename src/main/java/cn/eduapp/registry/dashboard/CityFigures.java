package cn.eduapp.registry.dashboard;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The city's figures as {@code GET /api/v1/dashboard} answers them. Enum values stay identifiers
 * (UPPER_SNAKE_CASE); lists hold every value of their enum, zero or not, so charts keep their shape.
 */
public record CityFigures(Instant asOf, Filings filings, Complaints complaints, Rectifications rectifications,
                          Usage usage) {

    /** A filing category that was never determined (a pre-check never ran in scope). */
    public static final String UNCLASSIFIED = "UNCLASSIFIED";

    /**
     * Filings agencies can see (submitted at least once, or imported): {@code byStatus} in lifecycle order,
     * {@code byCategory} SUBJECT_TRAINING, NON_SUBJECT_TRAINING, then UNCLASSIFIED when there are any;
     * {@code registrationsPerMonth} the last twelve Beijing months, oldest first.
     */
    public record Filings(long total, List<StatusCount> byStatus, List<CategoryCount> byCategory,
                          List<StatusCategoryCount> byStatusAndCategory, List<MonthCount> registrationsPerMonth) {
    }

    public record StatusCount(String status, long count) {
    }

    public record CategoryCount(String category, long count) {
    }

    public record StatusCategoryCount(String status, String category, long count) {
    }

    public record MonthCount(String month, long count) {
    }

    /**
     * {@code onTimeShare}: of the resolved complaints, the share resolved by their due date (0..1), null when
     * none is resolved yet; {@code openOverdue}: open and past their due date.
     */
    public record Complaints(long total, long open, long openOverdue, long resolved, long resolvedOnTime,
                             @Nullable Double onTimeShare, List<CategoryCount> byCategory) {
    }

    /**
     * Orders {@code open} (awaiting the provider), {@code answered} (awaiting the city), {@code dueSoon} (open
     * and due within three days: a part of {@code open}) and {@code overdue} (escalated past their deadline).
     */
    public record Rectifications(long open, long answered, long dueSoon, long overdue) {
    }

    /** Each district: its schools, the distinct apps its institutions use and their live use filings. */
    public record Usage(List<District> districts) {
    }

    public record District(String districtId, String name, @Nullable String districtCode, long schools, long apps,
                           long liveFilings) {
    }
}
