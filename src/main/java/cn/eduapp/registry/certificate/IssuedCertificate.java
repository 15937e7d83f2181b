package cn.eduapp.registry.certificate;

import java.time.Instant;

/** A certificate as issued: the signed PDF and its SHA-256 (lower-case hex), shown on the public page. */
public record IssuedCertificate(String id, String filingId, String filingNumber, String sha256, Instant issuedAt,
                                byte[] pdf) {

    public String fileName() {
        return "备案证明-" + filingNumber + ".pdf";
    }
}
