package cn.eduapp.registry.enforcement.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.enforcement.*}: the documents' number prefixes and issuer, the statement period (working days to
 * the end of that Beijing day, or an ISO duration that overrides it for tests and demos), and when an app store's
 * unacknowledged takedown notice raises a reminder. The sweep's timing keys ({@code sweep-interval},
 * {@code sweep-initial-delay}) are read by {@code SweepSchedule}'s {@code @Scheduled} placeholders.
 */
@Validated
@ConfigurationProperties("registry.enforcement")
public record EnforcementSettings(@DefaultValue @Valid NumberPrefix numberPrefix,
                                  @DefaultValue("北京市教育委员会") @NotBlank String issuer,
                                  @DefaultValue("5") @Min(1) @Max(60) int statementWorkingDays,
                                  @Nullable Duration statementPeriod,
                                  @DefaultValue("P2D") Duration noticeReminderAfter) {

    public record NumberPrefix(@DefaultValue("京教监整") @NotBlank String rectificationNotice,
                               @DefaultValue("京教监告") @NotBlank String priorNotice,
                               @DefaultValue("京教监决") @NotBlank String decision) {
    }
}
