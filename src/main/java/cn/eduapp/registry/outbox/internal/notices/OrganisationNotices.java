package cn.eduapp.registry.outbox.internal.notices;

import cn.eduapp.registry.notification.OrganisationNotified;
import cn.eduapp.registry.outbox.OutboxManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

    @EventListener
    void on(OrganisationNotified e) {
        outbox.contactEmail(e.organisationId()).ifPresent(to -> outbox.enqueueEmail(to, "organisation-notice",
                EnforcementNotices.model("message", e.message(), "filingNumber", e.filingNumber()),
                "OrganisationNotified:" + e.organisationId() + ":" + e.dedupKey(), null));
    }
}
