package cn.eduapp.registry.publication.internal;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.publication.*}: how many verification rows each instance keeps in memory (0: none, every
 * verify reads {@code pub_verify}); a row is about a kilobyte, so the default holds 200,000 apps in ~200 MB.
 */
@Validated
@ConfigurationProperties("registry.publication")
public record PublicationSettings(@DefaultValue("200000") @PositiveOrZero int verifyCacheSize) {
}
