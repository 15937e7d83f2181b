package cn.eduapp.registry.filing;

import org.jspecify.annotations.Nullable;

/** The audit summaries of the filing events: the status reached and the reason (the audit page names the status). */
final class Summaries {

    private Summaries() {
    }

    static String status(FilingStatus reached, @Nullable String comment) {
        return reached + (comment == null || comment.isBlank() ? "" : "：" + comment);
    }
}
