package cn.eduapp.registry.certificate.internal.web;

import cn.eduapp.registry.certificate.CertificateManagement;
import cn.eduapp.registry.certificate.IssuedCertificate;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The certificate PDF: {@code GET /api/v1/filings/{id}/certificate} (bearer token) and the same from the
 * filing page (session). The filing's provider and agencies; anyone else 404 as for the filing itself.
 * A REST controller for both paths, so refusals are problem details (API.md) for the page link too.
 */
@RestController
@AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
class CertificateController {

    private final CertificateManagement certificates;

    CertificateController(CertificateManagement certificates) {
        this.certificates = certificates;
    }

    @GetMapping({"/api/v1/filings/{id}/certificate", "/filings/{id}/certificate"})
    ResponseEntity<byte[]> certificate(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        IssuedCertificate c = certificates.forFiling(id, user);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.attachment().filename(c.fileName(), StandardCharsets.UTF_8).build());
        headers.set("X-Certificate-SHA256", c.sha256());
        return ResponseEntity.ok().headers(headers).body(c.pdf());
    }
}
