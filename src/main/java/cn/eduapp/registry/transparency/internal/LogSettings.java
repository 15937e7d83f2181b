package cn.eduapp.registry.transparency.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.log.*}: the transparency log's origin line (non-empty, no spaces or '+'), the PKCS#8 PEM
 * file of its Ed25519 signing key (empty: none, or the demo's own under the data directory), and how often a
 * checkpoint is issued.
 */
@Validated
@ConfigurationProperties("registry.log")
public record LogSettings(@DefaultValue("eduapp-registry/log") @Pattern(regexp = "[^\\s+]+") String origin,
                          @DefaultValue("") String signingKey,
                          @DefaultValue("PT1M") @NotNull Duration checkpointInterval) {
}
