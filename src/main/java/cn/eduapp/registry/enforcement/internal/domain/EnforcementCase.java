package cn.eduapp.registry.enforcement.internal.domain;

import cn.eduapp.registry.enforcement.CaseGround;
import cn.eduapp.registry.enforcement.CaseOutcome;
import cn.eduapp.registry.enforcement.CaseStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An enforcement case (事先告知 → 陈述申辩 → 决定): opened with a prior notice, a statement accepted within
 * its period, then one decision by a person. Revocation waits for the statement or the period's end.
 */
public final class EnforcementCase {

    public final String id;
    public final String orderId;
    public final String filingId;
    public final String providerId;
    public final @Nullable String filingNumber;
    public final String appName;
    public final String providerName;
    public final String creditCode;
    public final CaseGround ground;
    public final String facts;
    public final Instant openedAt;
    public final String openedBy;
    public final Instant statementDueAt;
    public final int version;
    CaseStatus status;
    @Nullable String statement;
    @Nullable Instant statementAt;
    @Nullable CaseOutcome outcome;
    @Nullable String reasons;
    @Nullable Instant decidedAt;
    @Nullable String decidedBy;
    @Nullable Instant newDeadline;

    public EnforcementCase(String id, String orderId, String filingId, String providerId, @Nullable String filingNumber,
                           String appName, String providerName, String creditCode, CaseGround ground, CaseStatus status,
                           String facts, Instant openedAt, String openedBy, Instant statementDueAt,
                           @Nullable String statement, @Nullable Instant statementAt, @Nullable CaseOutcome outcome,
                           @Nullable String reasons, @Nullable Instant decidedAt, @Nullable String decidedBy,
                           @Nullable Instant newDeadline, int version) {
        this.id = id;
        this.orderId = orderId;
        this.filingId = filingId;
        this.providerId = providerId;
        this.filingNumber = filingNumber;
        this.appName = appName;
        this.providerName = providerName;
        this.creditCode = creditCode;
        this.ground = ground;
        this.status = status;
        this.facts = facts;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.statementDueAt = statementDueAt;
        this.statement = statement;
        this.statementAt = statementAt;
        this.outcome = outcome;
        this.reasons = reasons;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.newDeadline = newDeadline;
        this.version = version;
    }

    /** 陈述申辩: once, within the period, before a decision. */
    public void statement(String text, Instant now) {
        if (status != CaseStatus.NOTICE_SERVED) {
            throw new IllegalStep("enforcement.case.statementClosed");
        }
        if (now.isAfter(statementDueAt)) {
            throw new IllegalStep("enforcement.case.statementPeriodOver");
        }
        status = CaseStatus.STATEMENT_RECEIVED;
        statement = text;
        statementAt = now;
    }

    /** Whether the provider has been heard: a statement arrived or the period has passed. */
    public boolean heard(Instant now) {
        return status == CaseStatus.STATEMENT_RECEIVED || now.isAfter(statementDueAt);
    }

    /** One decision. Revocation only once the provider has been heard; EXTEND names its new deadline. */
    public void decide(CaseOutcome outcome, String reasons, @Nullable Instant newDeadline, String by, Instant now) {
        if (status == CaseStatus.DECIDED) {
            throw new IllegalStep("enforcement.case.decided");
        }
        if (outcome == CaseOutcome.REVOKE && !heard(now)) {
            throw new IllegalStep("enforcement.case.tooEarly");
        }
        this.status = CaseStatus.DECIDED;
        this.outcome = outcome;
        this.reasons = reasons;
        this.decidedAt = now;
        this.decidedBy = by;
        this.newDeadline = outcome == CaseOutcome.EXTEND ? newDeadline : null;
    }

    /** A review result can annul only a revocation. */
    public void requireRevoked() {
        if (outcome != CaseOutcome.REVOKE) {
            throw new IllegalStep("enforcement.case.notRevoked");
        }
    }

    public CaseStatus status() { return status; }
    public @Nullable String statement() { return statement; }
    public @Nullable Instant statementAt() { return statementAt; }
    public @Nullable CaseOutcome outcome() { return outcome; }
    public @Nullable String reasons() { return reasons; }
    public @Nullable Instant decidedAt() { return decidedAt; }
    public @Nullable String decidedBy() { return decidedBy; }
    public @Nullable Instant newDeadline() { return newDeadline; }
}
