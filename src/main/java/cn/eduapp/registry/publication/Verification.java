package cn.eduapp.registry.publication;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one platform + identifier, as the verification index holds it. {@code asOf} is when
 * this answer took effect (for NOT_FILED: the time of the question). {@code body} is the JSON answer,
 * serialised once when the index changed, so the hot path sends it as it is.
 */
public record Verification(VerificationStatus status, @Nullable String filingNumber, @Nullable String appName,
                           @Nullable String providerName, @Nullable String category, Instant asOf,
                           @JsonIgnore String body) {
}
