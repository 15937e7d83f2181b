package cn.eduapp.registry.system.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * The rate limits ({@code registry.rate-limit.*}, API.md, issue 16): complaints per address (shared by all
 * instances; default 10 in 10 minutes), public reads per address (300 a minute) and API calls per account (3,000 a
 * minute), each a capacity per period; either half may be set alone, the other keeps its default.
 */
@Validated
@ConfigurationProperties("registry.rate-limit")
public record RateLimitSettings(@Valid Budget complaints, @Name("public") @Valid Budget publicBudget, @Valid Budget account) {

    public RateLimitSettings(@Nullable Budget complaints, @Name("public") @Nullable Budget publicBudget, @Nullable Budget account) {
        this.complaints = Budget.or(complaints, 10, Duration.ofMinutes(10));
        this.publicBudget = Budget.or(publicBudget, 300, Duration.ofMinutes(1));
        this.account = Budget.or(account, 3000, Duration.ofMinutes(1));
    }

    public record Budget(@Nullable @Positive Long capacity, @Nullable Duration period) {

        static Budget or(@Nullable Budget set, long capacity, Duration period) {
            return new Budget(set == null || set.capacity() == null ? capacity : set.capacity(),
                    set == null || set.period() == null ? period : set.period());
        }

        RateLimiter.Limit limit() {
            return new RateLimiter.Limit(capacity == null ? 1 : capacity, period == null ? Duration.ofMinutes(1) : period);
        }
    }
}
