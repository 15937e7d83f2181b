package cn.eduapp.registry.certificate;

/** A filing's certificate was issued (published in the issuing transaction); the outbox mails it to the provider. */
public record CertificateIssued(String certificateId, String filingId, String providerId, String filingNumber,
                                String appName) {
}
