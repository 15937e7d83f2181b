package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemResponses;
import cn.eduapp.registry.system.security.RateLimitFilter;
import cn.eduapp.registry.system.security.RateLimitRefusals;
import cn.eduapp.registry.system.security.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The general public limit (the ITs run with it raised so they are not throttled) and the complaint limit. */
public class RateLimitFilterTest {

    public static ProblemResponses problems() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("problem.rateLimited", Locale.SIMPLIFIED_CHINESE, "请求过于频繁，请稍后再试。");
        source.addMessage("status.429", Locale.SIMPLIFIED_CHINESE, "请求过于频繁");
        return new ProblemResponses(new Messages(source), JsonMapper.builder().build());
    }

    private final RateLimiter limiter = RateLimiter.inMemory(java.util.Map.of(
            RateLimiter.Kind.COMPLAINT, new RateLimiter.Limit(2, Duration.ofMinutes(10)),
            RateLimiter.Kind.PUBLIC, new RateLimiter.Limit(3, Duration.ofMinutes(1)),
            RateLimiter.Kind.ACCOUNT, new RateLimiter.Limit(5, Duration.ofMinutes(1))));
    private final java.util.List<String> audited = new java.util.ArrayList<>();
    private final RateLimitFilter filter = new RateLimitFilter(problems(), limiter,
            new RateLimitRefusals(null, limiter, null, java.time.Clock.systemUTC()) {
                @Override
                void record(RateLimiter.Kind kind, String address, cn.eduapp.registry.shared.CurrentUser user,
                            jakarta.servlet.http.HttpServletRequest request) {
                    audited.add(kind + " " + address);
                }
            });

    private MockHttpServletResponse call(String method, String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void publicCallsBeyondTheCapacityAre429WithRetryAfter() throws Exception {
        assertThat(call("POST", "/api/v1/auth/login", "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call("GET", "/public/whitelist", "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/providers", "10.0.0.1").getStatus()).isEqualTo(200);
        MockHttpServletResponse limited = call("GET", "/api/v1/public/whitelist", "10.0.0.1");
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.getContentType()).startsWith("application/problem+json");
        assertThat(limited.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("请求过于频繁");
        assertThat(call("POST", "/login", "10.0.0.1").getStatus()).as("the page login shares the bucket").isEqualTo(429);

        assertThat(call("POST", "/api/v1/auth/login", "10.0.0.2").getStatus()).as("per address").isEqualTo(200);
        assertThat(audited).containsOnly("PUBLIC 10.0.0.1");
    }

    @Test
    void authenticatedCallsAndStaticResourcesAreNotLimited() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(call("GET", "/api/v1/filings", "10.0.0.3").getStatus()).isEqualTo(200);
            assertThat(call("GET", "/css/app.css", "10.0.0.3").getStatus()).isEqualTo(200);
            assertThat(call("GET", "/login", "10.0.0.3").getStatus()).isEqualTo(200);
        }
    }

    @Test
    void complaintIntakeHasItsOwnTighterBucket() throws Exception {
        assertThat(call("POST", "/api/v1/public/complaints", "10.0.0.4").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/public/complaints", "10.0.0.4").getStatus()).isEqualTo(200);
        MockHttpServletResponse limited = call("POST", "/api/v1/public/complaints", "10.0.0.4");
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isBetween(1L, 600L);
        assertThat(call("GET", "/api/v1/public/whitelist", "10.0.0.4").getStatus()).as("other public calls").isEqualTo(200);

        filter.reset();
        assertThat(call("POST", "/api/v1/public/complaints", "10.0.0.4").getStatus()).isEqualTo(200);
    }
}
