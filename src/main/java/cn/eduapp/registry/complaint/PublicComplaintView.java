package cn.eduapp.registry.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the complainant reads with the tracking number and access code: never contact details, internal
 * notes, reassignment reasons or who handled it.
 */
public record PublicComplaintView(String trackingNumber, ComplaintStatus status, ComplaintCategory category,
                                  Instant receivedAt, Instant dueAt, @Nullable ComplaintOutcome outcome,
                                  @Nullable String feedback, @Nullable Instant resolvedAt) {
}
