package cn.eduapp.registry.outbox.internal.notices;

import cn.eduapp.registry.notification.OrganisationNotified;
import cn.eduapp.registry.outbox.OutboxManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every message that reaches an organisation's inbox (schools and districts told that an app they use went
 * wrong, ...) also goes by email to the organisation's contact, when it gave one (outbox_contact).
 */
@Component
class OrganisationNotices {

    private final OutboxManagement outbox;

    OrganisationNotices(OutboxManagement outbox) {
        this.outbox = outbox;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(OrganisationNotified e) {
        outbox.contactEmail(e.organisationId()).ifPresent(to -> outbox.enqueueEmail(to, "organisation-notice",
                EnforcementNotices.model("message", e.message(), "filingNumber", e.filingNumber()),
                "OrganisationNotified:" + e.organisationId() + ":" + e.dedupKey(), null));
    }
}
