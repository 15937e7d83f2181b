package cn.eduapp.registry.national.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.national.*}: which national step runs ({@code in-system} by default and in the demo, or
 * {@code http} against {@code base-url}), how often receipts are polled and the mirror is synced, and how
 * patient the client is (timeouts, attempts, the first back-off, doubled after each failure).
 */
@Validated
@ConfigurationProperties("registry.national")
public record NationalSettings(@DefaultValue("in-system") @NotNull Mode mode, @Nullable URI baseUrl,
                               @DefaultValue("PT5M") @NotNull Duration syncInterval,
                               @DefaultValue("PT5S") @NotNull Duration connectTimeout,
                               @DefaultValue("PT30S") @NotNull Duration readTimeout,
                               @DefaultValue("3") @Min(1) int attempts,
                               @DefaultValue("PT1S") @NotNull Duration backoff,
                               @DefaultValue("200") @Min(1) int pageSize) {

    public NationalSettings {
        if (mode == Mode.HTTP && baseUrl == null) {
            throw new IllegalArgumentException("registry.national.base-url is required when registry.national.mode=http");
        }
    }

    /** Where the national step runs. */
    public enum Mode {
        IN_SYSTEM, HTTP
    }
}
