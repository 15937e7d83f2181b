package cn.eduapp.registry.provider.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code registry.provider.*}: how long a claim code the city issues for an imported provider stays valid. */
@Validated
@ConfigurationProperties("registry.provider")
public record ProviderSettings(@DefaultValue("P14D") @NotNull Duration claimCodeValidity) {

    public ProviderSettings {
        if (claimCodeValidity.isNegative() || claimCodeValidity.isZero()) {
            throw new IllegalArgumentException("registry.provider.claim-code-validity must be positive");
        }
    }
}
