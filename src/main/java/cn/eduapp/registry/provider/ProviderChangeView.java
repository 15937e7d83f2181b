package cn.eduapp.registry.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change or closure request as the provider and the city see it. */
public record ProviderChangeView(String id, String providerId, String providerName, String creditCode, String kind,
                                 @Nullable String name, @Nullable String legalRepresentative, @Nullable String address,
                                 @Nullable String contactName, @Nullable String contactPhone,
                                 @Nullable String contactEmail, @Nullable String reason, String status,
                                 String requestedBy, Instant requestedAt, @Nullable String decidedBy,
                                 @Nullable Instant decidedAt, @Nullable String decisionComment) {
}
