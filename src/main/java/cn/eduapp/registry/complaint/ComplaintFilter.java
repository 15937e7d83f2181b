package cn.eduapp.registry.complaint;

import org.jspecify.annotations.Nullable;

/**
 * The queue's filters: status, category, due within N days (still open), overdue (still open, past due), and
 * a search {@code q}: a tracking number exactly, or part of the app's name.
 */
public record ComplaintFilter(@Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
                              @Nullable Integer dueWithinDays, boolean overdue, @Nullable String q) {

    /** Longer searches are refused (400): no app name or tracking number is this long. */
    public static final int MAX_QUERY = 100;

    public static final ComplaintFilter NONE = new ComplaintFilter(null, null, null, false, null);
}
