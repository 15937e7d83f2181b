package cn.eduapp.registry.filing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a filing's history: who, when, what, from and to which status, and why. */
public record HistoryEntry(Instant at, String actor, String action, @Nullable FilingStatus fromStatus,
                           FilingStatus toStatus, @Nullable String comment) {
}
