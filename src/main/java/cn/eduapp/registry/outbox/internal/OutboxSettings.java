package cn.eduapp.registry.outbox.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.outbox.*}: the mail's sender, the back-off between attempts (doubling from {@code retry-base} up
 * to {@code retry-max}), the attempts before a message is given up, and how long a claimed batch is held. The
 * sending round's timing ({@code send-interval}, {@code send-initial-delay}) is read by {@code @Scheduled}.
 */
@Validated
@ConfigurationProperties("registry.outbox")
public record OutboxSettings(@DefaultValue("北京市教育委员会 <noreply@eduapp-registry.local>") @NotBlank String mailFrom,
                             @DefaultValue("PT1M") Duration retryBase,
                             @DefaultValue("PT1H") Duration retryMax,
                             @DefaultValue("12") @Min(1) int maxAttempts,
                             @DefaultValue("PT5M") Duration lease) {
}
