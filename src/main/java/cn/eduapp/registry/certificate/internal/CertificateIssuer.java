package cn.eduapp.registry.certificate.internal;

import cn.eduapp.registry.certificate.internal.persistence.CertificateRepository;

import cn.eduapp.registry.certificate.CertificateIssued;
import cn.eduapp.registry.certificate.IssuedCertificate;
import cn.eduapp.registry.document.PdfRenderer;
import cn.eduapp.registry.document.PdfSignatures;
import cn.eduapp.registry.document.PdfSigner;
import cn.eduapp.registry.document.QrCodes;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.eduapp.registry.system.operations.RegistrySettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Renders, signs and stores a filing's certificate. */
@Component
public class CertificateIssuer {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CertificateRepository certificates;
    private final FilingManagement filings;
    private final ProviderManagement providers;
    private final PdfRenderer renderer;
    private final PdfSigner signer;
    private final Messages messages;
    private final Clock clock;
    private final String publicBaseUrl;
    private final ApplicationEventPublisher events;

    CertificateIssuer(CertificateRepository certificates, FilingManagement filings, ProviderManagement providers,
                      PdfRenderer renderer, PdfSigner signer, Messages messages, Clock clock,
                      RegistrySettings settings, ApplicationEventPublisher events) {
        String publicBaseUrl = settings.publicBaseUrl().toString();
        this.events = events;
        this.certificates = certificates;
        this.filings = filings;
        this.providers = providers;
        this.renderer = renderer;
        this.signer = signer;
        this.messages = messages;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** The public page a certificate's QR code opens. */
    public String publicUrl(String filingNumber) {
        return publicBaseUrl + "/public/filings/" + URLEncoder.encode(filingNumber, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Transactional
    public IssuedCertificate issue(String filingId) {
        certificates.lock(filingId);
        var existing = certificates.current(filingId);
        if (existing.isPresent()) {
            return existing.get();
        }
        FilingView f = filings.find(filingId).orElseThrow(ApiProblem::notFound);
        String number = f.filingNumber();
        if (number == null) {
            throw ApiProblem.conflict("certificate.not-registered");
        }
        var provider = providers.snapshot(f.provider().id()).orElseThrow(ApiProblem::notFound);
        Instant now = clock.instant();
        String ruleSet = f.precheck() != null ? f.precheck().ruleSetVersion() : messages.get("certificate.imported");
        String url = publicUrl(number);
        Map<String, Object> model = new HashMap<>();
        model.put("number", number);
        model.put("app", f.app().name());
        model.put("provider", provider.name());
        model.put("creditCode", provider.creditCode().value());
        model.put("category", f.category() == null ? "—" : messages.get("category." + f.category().name()));
        model.put("platforms", f.app().platforms().stream()
                .map(p -> List.of(messages.get("platform." + p.type().name()), p.identifier())).toList());
        model.put("registeredOn", f.registeredAt() == null ? "—" : DAY.format(f.registeredAt().atZone(Beijing.ZONE)));
        model.put("ruleSet", ruleSet);
        model.put("issuedOn", DAY.format(now.atZone(Beijing.ZONE)));
        model.put("url", url);
        model.put("qr", QrCodes.pngDataUri(url, 240));
        byte[] pdf = signer.sign(renderer.render("certificate/certificate", model), "备案证明 " + number, now);
        IssuedCertificate c = new IssuedCertificate(UUID.randomUUID().toString(), filingId, number,
                PdfSignatures.sha256(pdf), now, pdf);
        certificates.insert(c, ruleSet);
        events.publishEvent(new CertificateIssued(c.id(), FilingId.of(filingId), ProviderId.of(f.provider().id()), number, f.app().name()));
        return c;
    }
}
