package cn.eduapp.registry.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The limits bind from their documented keys; a half set alone keeps the other half's default. */
class RateLimitSettingsTest {

    private static RateLimitSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("registry.rate-limit", RateLimitSettings.class);
    }

    @Test
    void defaultsAreTheDocumentedBudgets() {
        RateLimitSettings s = bind(Map.of());
        assertThat(s.complaints()).isEqualTo(new RateLimitSettings.Budget(10L, Duration.ofMinutes(10)));
        assertThat(s.publicBudget()).isEqualTo(new RateLimitSettings.Budget(300L, Duration.ofMinutes(1)));
        assertThat(s.account()).isEqualTo(new RateLimitSettings.Budget(3000L, Duration.ofMinutes(1)));
    }

    @Test
    void thePublicKeyAndHalfSettings() {
        RateLimitSettings s = bind(Map.of("registry.rate-limit.public.capacity", "5",
                "registry.rate-limit.complaints.period", "PT1H", "registry.rate-limit.account.capacity", "7",
                "registry.rate-limit.account.period", "PT2M"));
        assertThat(s.publicBudget()).isEqualTo(new RateLimitSettings.Budget(5L, Duration.ofMinutes(1)));
        assertThat(s.complaints()).isEqualTo(new RateLimitSettings.Budget(10L, Duration.ofHours(1)));
        assertThat(s.account().limit()).isEqualTo(new RateLimiter.Limit(7, Duration.ofMinutes(2)));
    }
}
