package cn.eduapp.registry.publication.internal.domain;

import cn.eduapp.registry.publication.VerificationStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The verify answer (API.md) and the one place its JSON shape is decided: the verification index stores
 * it ready to send, NOT_FILED is made per question, and {@code signatureMatches} appears only when the
 * caller gave a certificate digest and the filing's registered certificates are known. {@code filedIn} (issue 22):
 * the province the app was filed in, {@code 北京市} for Beijing's own, the province of an app from the national
 * mirror; absent for NOT_FILED. Field order is the JSON's.
 */
public record VerifyAnswer(String status, @Nullable String filingNumber, @Nullable String appName,
                           @Nullable String providerName, @Nullable String category, Instant asOf,
                           @Nullable Long logIndex, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String filedIn,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean signatureMatches) {

    public static final String BEIJING = "北京市";

    /** {@code asOf} to the database's precision, so the stored answer and its row say the same instant. */
    public static VerifyAnswer of(String status, String filingNumber, String appName, String providerName,
                                  @Nullable String category, Instant asOf, @Nullable Long logIndex) {
        return new VerifyAnswer(status, filingNumber, appName, providerName, category,
                asOf.truncatedTo(ChronoUnit.MICROS), logIndex, BEIJING, null);
    }

    /** No filing answers for the key; {@code now}: the time of the question. */
    public static VerifyAnswer notFiled(Instant now) {
        return new VerifyAnswer(VerificationStatus.NOT_FILED.name(), null, null, null, null, now, null, null, null);
    }

    /** An app filed in another province, from the national mirror: REGISTERED or REVOKED, with where it was filed. */
    public static VerifyAnswer elsewhere(String status, String filingNumber, String appName, String providerName,
                                         @Nullable String category, Instant asOf, String province) {
        return new VerifyAnswer(status, filingNumber, appName, providerName, category, asOf.truncatedTo(ChronoUnit.MICROS),
                null, province, null);
    }

    public VerifyAnswer withSignatureMatches(boolean matches) {
        return new VerifyAnswer(status, filingNumber, appName, providerName, category, asOf, logIndex, filedIn, matches);
    }
}
