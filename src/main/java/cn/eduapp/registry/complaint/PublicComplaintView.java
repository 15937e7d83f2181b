package cn.eduapp.registry.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the complainant reads with the tracking number and access code: never contact details, internal
 * notes, reassignment reasons or who handled it. {@code transferredTo} / {@code transferredAt}: the app was filed in
 * another province and the complaint was passed on (转办) to it on that date (issue 22).
 */
public record PublicComplaintView(String trackingNumber, ComplaintStatus status, ComplaintCategory category,
                                  Instant receivedAt, Instant dueAt, @Nullable ComplaintOutcome outcome,
                                  @Nullable String feedback, @Nullable Instant resolvedAt,
                                  @Nullable String transferredTo, @Nullable Instant transferredAt) {
}
