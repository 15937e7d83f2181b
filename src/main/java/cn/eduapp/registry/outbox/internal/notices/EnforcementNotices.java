package cn.eduapp.registry.outbox.internal.notices;

import cn.eduapp.registry.enforcement.IcpOrderIssued;
import cn.eduapp.registry.enforcement.RectificationDecided;
import cn.eduapp.registry.enforcement.CaseGround;
import cn.eduapp.registry.enforcement.CaseOutcome;
import cn.eduapp.registry.enforcement.EnforcementCaseOpened;
import cn.eduapp.registry.enforcement.EnforcementDecided;
import cn.eduapp.registry.enforcement.RectificationOrdered;
import cn.eduapp.registry.enforcement.TakedownNoticeIssued;
import cn.eduapp.registry.enforcement.TakedownReminderRaised;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.outbox.OutboxManagement;
import cn.eduapp.registry.provider.ProviderManagement;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Enforcement's documents by email, written in the deciding transaction (listeners run just before it
 * commits, after the decision's own writes, so they read what was decided; no transaction: at once): orders
 * and their outcomes to the provider's contact, takedown notices and reminders to each app store's contact
 * (outbox_contact). A recipient without an address gets nothing by email; the in-system inbox still has it.
 */
@Component
class EnforcementNotices {

    private final OutboxManagement outbox;
    private final ProviderManagement providers;
    private final FilingManagement filings;

    EnforcementNotices(OutboxManagement outbox, ProviderManagement providers, FilingManagement filings) {
        this.outbox = outbox;
        this.providers = providers;
        this.filings = filings;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RectificationOrdered e) {
        toProvider(e.providerId().value(), "rectification-ordered", "RectificationOrdered:" + e.orderId() + ":" + e.deadline(),
                model("filingNumber", e.filingNumber(), "reason", e.reason(), "clause", e.clause(),
                        "deadline", e.deadline() == null ? null : Texts.time(e.deadline()), "app", appName(e.filingId().value())));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RectificationDecided e) {
        toProvider(e.providerId().value(), "rectification-decided", "RectificationDecided:" + e.orderId() + ":" + e.at(),
                model("accepted", e.accepted(), "comment", e.comment(), "deadline", e.deadline() == null ? null : Texts.time(e.deadline()),
                        "app", appName(e.filingId().value()), "filingNumber", filingNumber(e.filingId().value())));
    }

    /** 事先告知书 (issue 20): an overdue order or the city's refusal finding opened a case. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(EnforcementCaseOpened e) {
        toProvider(e.providerId().value(), "enforcement-case-opened", "EnforcementCaseOpened:" + e.caseId(),
                model("number", e.priorNoticeNumber(), "filingNumber", e.filingNumber(), "app", appName(e.filingId().value()),
                        "refusal", e.ground() == CaseGround.REFUSAL, "statementDueAt", Texts.time(e.statementDueAt())));
    }

    /** 处理决定书 (issue 20): a person's decision on the case, with the remedies. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(EnforcementDecided e) {
        toProvider(e.providerId().value(), "enforcement-decided", "EnforcementDecided:" + e.caseId(),
                model("number", e.decisionNumber(), "filingNumber", e.filingNumber(), "app", appName(e.filingId().value()),
                        "outcome", OUTCOMES.get(e.outcome()), "reasons", e.reasons(),
                        "newDeadline", e.newDeadline() == null ? null : Texts.time(e.newDeadline())));
    }

    private static final Map<CaseOutcome, String> OUTCOMES = Map.of(CaseOutcome.REVOKE, "撤销备案，将该应用列入黑名单",
            CaseOutcome.NO_ACTION, "不予处理，备案恢复正常", CaseOutcome.EXTEND, "延长整改期限");

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(IcpOrderIssued e) {
        filings.find(e.filingId().value()).ifPresent(f -> toProvider(f.provider().id(), "icp-order", "IcpOrderIssued:" + e.orderId(),
                model("filingNumber", e.filingNumber(), "shutdown", "SHUTDOWN".equals(e.kind()), "reason", e.reason(),
                        "deadline", e.deadline() == null ? null : Texts.time(e.deadline()), "app", f.app().name())));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TakedownNoticeIssued e) {
        Map<String, Object> model = model("filingNumber", e.filingNumber(), "reason", e.reason(), "at", Texts.time(e.at()));
        for (String platform : e.platformIds()) {
            outbox.contactEmail(platform).ifPresent(to -> outbox.enqueueEmail(to, "takedown-notice", model,
                    "TakedownNoticeIssued:" + e.noticeId(), null));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TakedownReminderRaised e) {
        outbox.contactEmail(e.platformId()).ifPresent(to -> outbox.enqueueEmail(to, "takedown-reminder",
                model("filingNumber", e.filingNumber(), "issuedAt", Texts.time(e.issuedAt()), "store", e.platformName()),
                "TakedownReminderRaised:" + e.noticeId(), null));
    }

    private void toProvider(String providerId, String template, String dedupKey, Map<String, Object> model) {
        providers.contactEmail(providerId).ifPresent(to -> outbox.enqueueEmail(to, template, model, dedupKey, null));
    }

    private String appName(String filingId) {
        return filings.find(filingId).map(f -> f.app().name()).orElse("");
    }

    private @Nullable String filingNumber(String filingId) {
        return filings.find(filingId).map(f -> f.filingNumber()).orElse(null);
    }

    static Map<String, Object> model(@Nullable Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }
}
