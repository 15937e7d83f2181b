package cn.eduapp.registry.enforcement.internal.domain;

import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A 限期整改通知 and its life: OPEN → RESPONDED → CLOSED (accepted) or OPEN again; OPEN past its deadline →
 * OVERDUE (a finding, not a sanction); OPEN or RESPONDED → REFUSED when the city finds 拒不整改. OVERDUE and
 * REFUSED orders wait for the case's decision: REVOKE ends them, NO_ACTION closes them, EXTEND opens them again.
 * The deadline runs only once the order was served; a working-day deadline is fixed at service.
 */
public final class RectificationOrder {

    public final String id;
    public final String filingId;
    public final String providerId;
    public final @Nullable String filingNumber;
    public final String appName;
    public final String providerName;
    public final String reason;
    public final String clause;
    public final @Nullable Integer deadlineWorkingDays;
    public final @Nullable String alertId;
    public final Instant createdAt;
    public final String createdBy;
    public final String documentNumber;
    public final int version;
    @Nullable Instant deadline;
    RectificationStatus status;
    @Nullable String response;
    @Nullable Instant respondedAt;
    @Nullable Instant closedAt;
    @Nullable Instant servedAt;
    @Nullable Instant openedAt;
    @Nullable String serviceMethod;
    @Nullable String refusalEvidence;

    /** The filing as events name it. */
    public FilingId filing() {
        return FilingId.of(filingId);
    }

    /** The provider as events name it. */
    public ProviderId provider() {
        return ProviderId.of(providerId);
    }

    public RectificationOrder(String id, String filingId, String providerId, @Nullable String filingNumber,
                              String appName, String providerName, String reason, String clause,
                              @Nullable Instant deadline, @Nullable Integer deadlineWorkingDays, @Nullable String alertId,
                              RectificationStatus status, @Nullable String response, @Nullable Instant respondedAt,
                              Instant createdAt, String createdBy, @Nullable Instant closedAt, String documentNumber,
                              @Nullable Instant servedAt, @Nullable Instant openedAt, @Nullable String serviceMethod,
                              @Nullable String refusalEvidence, int version) {
        this.id = id;
        this.filingId = filingId;
        this.providerId = providerId;
        this.filingNumber = filingNumber;
        this.appName = appName;
        this.providerName = providerName;
        this.reason = reason;
        this.clause = clause;
        this.deadline = deadline;
        this.deadlineWorkingDays = deadlineWorkingDays;
        this.alertId = alertId;
        this.status = status;
        this.response = response;
        this.respondedAt = respondedAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.closedAt = closedAt;
        this.documentNumber = documentNumber;
        this.servedAt = servedAt;
        this.openedAt = openedAt;
        this.serviceMethod = serviceMethod;
        this.refusalEvidence = refusalEvidence;
        this.version = version;
    }

    /** The provider's answer, while open and before the deadline. */
    public void respond(String text, Instant now) {
        require(status == RectificationStatus.OPEN);
        if (deadline != null && deadline.isBefore(now)) {
            throw new IllegalStep("enforcement.order.deadlinePassed");
        }
        status = RectificationStatus.RESPONDED;
        response = text;
        respondedAt = now;
    }

    /** The city accepts the answer: the order is done. */
    public void accept(Instant now) {
        require(status == RectificationStatus.RESPONDED);
        status = RectificationStatus.CLOSED;
        closedAt = now;
    }

    /** The city does not accept the answer: open again until {@code newDeadline}. */
    public void reopen(Instant newDeadline) {
        require(status == RectificationStatus.RESPONDED);
        status = RectificationStatus.OPEN;
        deadline = newDeadline;
    }

    /** Served outside the system (the provider has no account); a working-day deadline starts from here. */
    public void servedOffline(Instant at, String method, @Nullable Instant workingDayDeadline) {
        if (servedAt != null) {
            throw new IllegalStep("enforcement.order.alreadyServed");
        }
        require(status == RectificationStatus.OPEN || status == RectificationStatus.RESPONDED);
        servedAt = at;
        serviceMethod = method;
        if (deadline == null) {
            deadline = workingDayDeadline;
        }
    }

    /** The provider first opened the notice. */
    public boolean opened(Instant now) {
        if (openedAt != null) {
            return false;
        }
        openedAt = now;
        return true;
    }

    /** Whether the sweep finds it overdue now: open, served, and past its deadline. */
    public boolean isOverdue(Instant now) {
        return status == RectificationStatus.OPEN && servedAt != null && deadline != null && deadline.isBefore(now);
    }

    public void markOverdue(Instant now) {
        require(isOverdue(now));
        status = RectificationStatus.OVERDUE;
    }

    /** The city finds 拒不整改, with its evidence. */
    public void refusalFound(String evidence) {
        require(status == RectificationStatus.OPEN || status == RectificationStatus.RESPONDED);
        status = RectificationStatus.REFUSED;
        refusalEvidence = evidence;
    }

    /** Whether a case's decision is pending on it. */
    public boolean awaitsDecision() {
        return (status == RectificationStatus.OVERDUE || status == RectificationStatus.REFUSED) && closedAt == null;
    }

    /** REVOKE: the order ends as it stands (OVERDUE or REFUSED). */
    public void revoked(Instant now) {
        require(awaitsDecision());
        closedAt = now;
    }

    /** NO_ACTION: the order is closed without a sanction. */
    public void closedWithoutAction(Instant now) {
        require(awaitsDecision());
        status = RectificationStatus.CLOSED;
        closedAt = now;
    }

    /** EXTEND: open again with a new deadline. */
    public void extended(Instant newDeadline) {
        require(awaitsDecision());
        status = RectificationStatus.OPEN;
        deadline = newDeadline;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new IllegalStep("enforcement.order.illegalTransition", status);
        }
    }

    public @Nullable Instant deadline() { return deadline; }
    public RectificationStatus status() { return status; }
    public @Nullable String response() { return response; }
    public @Nullable Instant respondedAt() { return respondedAt; }
    public @Nullable Instant closedAt() { return closedAt; }
    public @Nullable Instant servedAt() { return servedAt; }
    public @Nullable Instant openedAt() { return openedAt; }
    public @Nullable String serviceMethod() { return serviceMethod; }
    public @Nullable String refusalEvidence() { return refusalEvidence; }
}
