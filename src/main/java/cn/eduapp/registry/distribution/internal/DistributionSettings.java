package cn.eduapp.registry.distribution.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.distribution.*}. {@code tokenCacheTtl}: how long an app store's bearer token is remembered
 * (PT0S: not at all), which bounds how long a token revoked on another instance still works.
 */
@Validated
@ConfigurationProperties("registry.distribution")
public record DistributionSettings(@DefaultValue("PT10S") Duration tokenCacheTtl) {
}
