package cn.eduapp.registry.publication;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one platform + identifier, as the verification index holds it. {@code asOf} is when
 * this answer took effect (for NOT_FILED: the time of the question); {@code logIndex} the index of
 * the transparency-log entry behind it (null for NOT_FILED and answers older than the log). {@code body} is the JSON answer,
 * serialised once when the index changed, so the hot path sends it as it is. {@code filedIn}: the province the app was
 * filed in ({@code 北京市} for Beijing's own; an app of another province answers from the national mirror, issue 22).
 */
public record Verification(VerificationStatus status, @Nullable String filingNumber, @Nullable String appName,
                           @Nullable String providerName, @Nullable String category, Instant asOf, @Nullable Long logIndex,
                           @JsonIgnore String body, @Nullable String filedIn) {
}
