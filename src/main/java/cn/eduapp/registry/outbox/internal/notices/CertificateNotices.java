package cn.eduapp.registry.outbox.internal.notices;

import cn.eduapp.registry.certificate.CertificateIssued;
import cn.eduapp.registry.certificate.CertificateManagement;
import cn.eduapp.registry.outbox.OutboundMessage;
import cn.eduapp.registry.outbox.OutboxManagement;
import cn.eduapp.registry.provider.ProviderManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;


/** The 备案证明 to the provider's contact, the signed PDF attached, in the issuing transaction. */
@Component
class CertificateNotices {

    private final OutboxManagement outbox;
    private final ProviderManagement providers;
    private final CertificateManagement certificates;

    CertificateNotices(OutboxManagement outbox, ProviderManagement providers, CertificateManagement certificates) {
        this.outbox = outbox;
        this.providers = providers;
        this.certificates = certificates;
    }

    // a plain synchronous listener: the certificate row is written before the event, and a BEFORE_COMMIT
    // listener did not run for events published from inside Modulith's asynchronous listener (FilingRegistered)
    @EventListener
    void on(CertificateIssued e) {
        providers.contactEmail(e.providerId().value()).ifPresent(to -> certificates.currentByNumber(e.filingNumber())
                .filter(c -> c.id().equals(e.certificateId()))
                .ifPresent(c -> outbox.enqueueEmail(to, "certificate-issued",
                        EnforcementNotices.model("app", e.appName(), "filingNumber", e.filingNumber(), "sha256", c.sha256()),
                        "CertificateIssued:" + c.id(), new OutboundMessage.Attachment(c.fileName(), "application/pdf", c.pdf()))));
    }
}
