package cn.eduapp.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.system.security.RateLimitFilter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A burst of complaints from one address is cut at 10 per 10 minutes (API.md). The filter answers before
 * routing, so the 11th POST is 429 whether or not the complaint endpoint exists on this branch.
 */
class RateLimitIT extends IntegrationTest {

    @Autowired
    RateLimitFilter rateLimits;

    @BeforeEach
    @AfterEach
    void cleanSlate() {
        rateLimits.reset();
    }

    @Test
    void theEleventhComplaintFromOneAddressWithinTenMinutesIs429WithRetryAfter() {
        String body = Api.json(Map.of("category", "OTHER", "appName", "某应用", "description", "限流测试"));
        for (int i = 1; i <= 10; i++) {
            assertThat(api().post("/api/v1/public/complaints", null, body).status()).as("complaint " + i).isNotEqualTo(429);
        }
        Api.Response limited = api().post("/api/v1/public/complaints", null, body);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(limited.text("detail")).isEqualTo("请求过于频繁，请稍后再试。");
        // reading the public lists is a different bucket
        assertThat(api().get("/api/v1/public/whitelist", null).status()).isNotEqualTo(429);
    }
}
