package cn.eduapp.registry.system.data;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL ({@code registry.embedded.*}): start from an empty data folder, a fixed port (0: any free
 * one), and whether it writes durably (fsync; {@code false} only for tests and benchmarks).
 */
@Validated
@ConfigurationProperties("registry.embedded")
public record EmbeddedSettings(@DefaultValue("false") boolean fresh,
                               @DefaultValue("0") @Min(0) @Max(65535) int port,
                               @DefaultValue("true") boolean durable) {

    /** The pool in front of it, under Spring's own key {@code spring.datasource.hikari.maximum-pool-size}. */
    @Validated
    @ConfigurationProperties("spring.datasource.hikari")
    public record Pool(@DefaultValue("20") @Min(1) @Max(500) int maximumPoolSize) {
    }
}
