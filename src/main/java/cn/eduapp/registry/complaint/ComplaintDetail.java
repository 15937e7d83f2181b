package cn.eduapp.registry.complaint;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A complaint as the staff of the agency holding it see it, contact details included. */
public record ComplaintDetail(String id, String trackingNumber, ComplaintCategory category, String appName,
                              @Nullable String identifier, @Nullable String filingNumber, boolean unfiledApp,
                              String description, ComplaintStatus status, Agency agency, Instant receivedAt,
                              Instant dueAt, boolean overdue, @Nullable ComplaintOutcome outcome,
                              @Nullable String feedback, @Nullable String internalNote, @Nullable Instant resolvedAt,
                              @Nullable String resolvedBy, @Nullable String rectificationId,
                              ComplaintSubmission.@Nullable Contact contact, List<EvidenceInfo> evidence,
                              List<HistoryEntry> history, int version) {

    public record EvidenceInfo(String id, String fileName, String contentType, long size) {
    }

    public record HistoryEntry(Instant at, String actor, String action, @Nullable Agency fromAgency,
                               @Nullable Agency toAgency, @Nullable String comment) {
    }
}
