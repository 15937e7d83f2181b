package cn.eduapp.registry.publication.internal.domain;

import cn.eduapp.registry.publication.VerificationStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A filing that could answer for a verify key, with the signer certificates it was registered with (empty:
 * none known). Which one answers (API.md): a listed (blacklisted) one first, then by status, then the
 * newest registration.
 */
public record VerifyCandidate(String platform, String identifier, String filingNumber, String appName,
                              String providerName, @Nullable String category, String status,
                              @Nullable Instant registeredAt, boolean blacklisted, List<String> certificates) {

    /** Statuses verify knows, best first; drafts, rejected and cancelled filings answer NOT_FILED. */
    public static final List<String> VERIFIABLE = List.of("REGISTERED", "UNDER_RECTIFICATION", "REVOKED");

    public static final Comparator<VerifyCandidate> BETTER = Comparator.comparingInt(VerifyCandidate::rank)
            .thenComparing(c -> c.registeredAt() == null ? Instant.EPOCH : c.registeredAt(), Comparator.reverseOrder());

    public VerifyKey key() {
        return new VerifyKey(platform, identifier);
    }

    public String answerStatus() {
        return blacklisted ? VerificationStatus.BLACKLISTED.name() : status;
    }

    /** What the stored row shows; the row is rewritten only when this changes. */
    public List<Object> shown() {
        return List.of(answerStatus(), filingNumber, appName, providerName, category == null ? "" : category,
                List.copyOf(certificates));
    }

    private int rank() {
        return blacklisted ? 0 : VERIFIABLE.indexOf(status) + 1;
    }

    public static VerifyCandidate better(VerifyCandidate a, VerifyCandidate b) {
        return BETTER.compare(a, b) <= 0 ? a : b;
    }
}
