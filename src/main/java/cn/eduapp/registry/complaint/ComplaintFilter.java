package cn.eduapp.registry.complaint;

import org.jspecify.annotations.Nullable;

/** The queue's filters: status, category, due within N days (still open), overdue (still open, past due). */
public record ComplaintFilter(@Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
                              @Nullable Integer dueWithinDays, boolean overdue) {

    public static final ComplaintFilter NONE = new ComplaintFilter(null, null, null, false);
}
