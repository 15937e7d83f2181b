package cn.eduapp.registry.enforcement;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rectification order as GET /api/v1/rectifications/{id} shows it (history and documents empty in lists).
 * {@code deadline} is null while a working-day deadline waits for the order's service ({@code servedAt}).
 */
public record RectificationView(String id, RectificationStatus status, @Nullable Instant deadline, String filingId,
                                @Nullable String filingNumber, String appName, String providerId, String providerName,
                                String reason, String clause, @Nullable String alertId, @Nullable String response,
                                @Nullable Instant respondedAt, Instant createdAt, String createdBy,
                                @Nullable Instant closedAt, boolean overdue, int version, List<Entry> history,
                                @Nullable String complaintId, String documentNumber, @Nullable Instant servedAt,
                                @Nullable Instant openedAt, @Nullable Integer deadlineWorkingDays,
                                @Nullable String serviceMethod, @Nullable String refusalEvidence,
                                List<DocumentRef> documents, List<String> caseIds) {

    /** One line of an order's history: who, when, what, from and to which status, and why. */
    public record Entry(Instant at, String actor, String action, @Nullable RectificationStatus fromStatus,
                        RectificationStatus toStatus, @Nullable String comment) {
    }
}
