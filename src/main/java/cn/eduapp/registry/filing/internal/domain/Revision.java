package cn.eduapp.registry.filing.internal.domain;

import cn.eduapp.registry.filing.RevisionStatus;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A proposed change to a registered filing's declaration; the city decides it (API.md 变更). */
public class Revision {

    private final String id;
    private final String filingId;
    private final String createdBy;
    private final Instant createdAt;
    private final int version;
    private RevisionStatus status;
    private Declaration app;
    private @Nullable PrecheckResult precheck;
    private @Nullable Instant submittedAt;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;
    private @Nullable String comment;
    private @Nullable RevisionStatus previous;

    public Revision(String id, String filingId, RevisionStatus status, Declaration app, @Nullable PrecheckResult precheck,
                    String createdBy, Instant createdAt, @Nullable Instant submittedAt, @Nullable Instant decidedAt,
                    @Nullable String decidedBy, @Nullable String comment, int version) {
        this.id = id;
        this.filingId = filingId;
        this.status = status;
        this.app = app;
        this.precheck = precheck;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.submittedAt = submittedAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.comment = comment;
        this.version = version;
    }

    public static Revision propose(String id, String filingId, Declaration app, String by, Instant now) {
        return new Revision(id, filingId, RevisionStatus.DRAFT, app, null, by, now, null, null, null, null, 0);
    }

    public void edit(Declaration newApp) {
        require(RevisionStatus.EDITABLE);
        this.app = newApp;
        this.precheck = null;
    }

    public void recordPrecheck(PrecheckResult result) {
        this.precheck = result;
    }

    public void submit(PrecheckResult result, Instant now) {
        require(RevisionStatus.EDITABLE);
        if (result.blocking()) {
            throw new IllegalArgumentException("a revision with blocking findings cannot be submitted");
        }
        this.precheck = result;
        this.submittedAt = now;
        move(RevisionStatus.CITY_REVIEW);
    }

    public void approve(String by, @Nullable String why, Instant now) {
        decide(RevisionStatus.APPROVED, by, why, now);
    }

    public void returnForChanges(String by, String why, Instant now) {
        decide(RevisionStatus.RETURNED, by, why, now);
    }

    public void reject(String by, String why, Instant now) {
        decide(RevisionStatus.REJECTED, by, why, now);
    }

    private void decide(RevisionStatus to, String by, @Nullable String why, Instant now) {
        require(EnumSet.of(RevisionStatus.CITY_REVIEW));
        this.decidedAt = now;
        this.decidedBy = by;
        this.comment = why == null || why.isBlank() ? null : why.trim();
        move(to);
    }

    private void require(Set<RevisionStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new IllegalRevisionStep(status);
        }
    }

    private void move(RevisionStatus to) {
        this.previous = status;
        this.status = to;
    }

    public String id() { return id; }
    public String filingId() { return filingId; }
    public RevisionStatus status() { return status; }
    public @Nullable RevisionStatus previous() { return previous; }
    public Declaration app() { return app; }
    public @Nullable PrecheckResult precheck() { return precheck; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant submittedAt() { return submittedAt; }
    public @Nullable Instant decidedAt() { return decidedAt; }
    public @Nullable String decidedBy() { return decidedBy; }
    public @Nullable String comment() { return comment; }
    public int version() { return version; }
}
