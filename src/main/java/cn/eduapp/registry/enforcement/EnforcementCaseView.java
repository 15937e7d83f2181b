package cn.eduapp.registry.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** GET /api/v1/enforcement-cases/{id}: the case, its documents, the listing it made and review results. */
public record EnforcementCaseView(String id, String orderId, String filingId, @Nullable String filingNumber,
                                  String appName, String providerName, String creditCode, CaseGround ground,
                                  CaseStatus status, String facts, Instant openedAt, Instant statementDueAt,
                                  @Nullable String statement, @Nullable Instant statementAt,
                                  List<StatementAttachment> statementAttachments, @Nullable CaseOutcome outcome,
                                  @Nullable String reasons, @Nullable Instant decidedAt, @Nullable Instant newDeadline,
                                  List<DocumentRef> documents, @Nullable Listing blacklisting, List<Review> reviews) {

    /** The black list entry the decision made. */
    public record Listing(String id, LocalDate listedOn, LocalDate listedUntil, @Nullable Instant endedAt,
                          @Nullable String endKind, @Nullable String endReason) {
    }

    public record Review(String body, String reference, LocalDate decidedOn, boolean annulled, Instant recordedAt) {
    }
}
