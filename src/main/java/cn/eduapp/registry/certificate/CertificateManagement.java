package cn.eduapp.registry.certificate;

import cn.eduapp.registry.certificate.internal.CertificateIssuer;
import cn.eduapp.registry.certificate.internal.persistence.CertificateRepository;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingRegistered;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/** The one door into certificates: the PDF for those who may see the filing, the fingerprint for everyone. */
@Service
public class CertificateManagement {

    private final CertificateRepository certificates;
    private final CertificateIssuer issuer;
    private final FilingManagement filings;

    CertificateManagement(CertificateRepository certificates, CertificateIssuer issuer, FilingManagement filings) {
        this.certificates = certificates;
        this.issuer = issuer;
        this.filings = filings;
    }

    /**
     * The current certificate of a filing the caller may see (its provider, agencies; 404 otherwise),
     * issued now if it has none yet; 409 while the filing has no number.
     */
    public IssuedCertificate forFiling(String filingId, CurrentUser user) {
        FilingView filing = filings.view(filingId, user);
        if (filing.filingNumber() == null) {
            throw ApiProblem.conflict("certificate.not-registered");
        }
        return certificates.current(filing.id()).orElseGet(() -> issuer.issue(filing.id()));
    }

    /** The current certificate's fingerprint for the public page of a filing number. */
    public Optional<IssuedCertificate> currentByNumber(String filingNumber) {
        return certificates.currentByNumber(filingNumber);
    }

    /** Every number issued gets its certificate straight away, so its fingerprint is public from the start. */
    @ApplicationModuleListener
    void on(FilingRegistered e) {
        if (certificates.current(e.filingId().value()).isEmpty()) {
            issuer.issue(e.filingId().value());
        }
    }
}
