package cn.eduapp.registry.certificate;

import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;

/** A filing's certificate was issued (published in the issuing transaction); the outbox mails it to the provider. */
public record CertificateIssued(String certificateId, FilingId filingId, ProviderId providerId, String filingNumber,
                                String appName) {
}
