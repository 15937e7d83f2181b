package cn.eduapp.registry.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The fast lane answers a GET of its endpoint's exact path itself, after the checks it is given (here a header
 * writer and the bearer token), and hands everything else on unanswered.
 */
class FastApiFilterTest {

    private static final CurrentUser STORE = new CurrentUser("acc-store", "store", "org", "应用商店",
            Set.of(Role.DISTRIBUTION_PLATFORM));
    private static final CurrentUser PROVIDER = new CurrentUser("acc-provider", "provider", "org2", "某公司",
            Set.of(Role.PROVIDER));

    private final List<String> answered = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    private final FastApiEndpoint endpoint = new FastApiEndpoint() {
        @Override
        public String path() {
            return "/api/v1/fast";
        }

        @Override
        public Set<Role> roles() {
            return Set.of(Role.DISTRIBUTION_PLATFORM);
        }

        @Override
        public void answer(HttpServletRequest request, HttpServletResponse response, CurrentUser caller)
                throws IOException {
            if (request.getParameter("bad") != null) {
                throw ApiProblem.badField("bad", "INVALID_VALUE", "参数有误");
            }
            answered.add(caller.username());
            response.setContentType("application/json");
            response.getOutputStream().write("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        }
    };

    private final BearerTokenAuthenticator tokens = token -> switch (token) {
        case "store-token" -> Optional.of(STORE);
        case "provider-token" -> Optional.of(PROVIDER);
        default -> Optional.empty();
    };

    private final FastApiFilter filter = new FastApiFilter(List.of(endpoint),
            List.of(new HeaderWriterFilter(List.of(new XContentTypeOptionsHeaderWriter(), new CacheControlHeadersWriter(),
                            new ContentSecurityPolicyHeaderWriter(SecurityConfiguration.API_CSP),
                            new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))),
                    new BearerTokenFilter(tokens, RateLimitFilterTest.problems())), RateLimitFilterTest.problems(),
            new AccessRefusals(event -> refused.add(event.toString())));

    private MockHttpServletResponse call(String method, String path, String token, MockFilterChain chain)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (token != null) {
            request.addHeader("Authorization", "Bearer " + token);
        }
        if (path.contains("?")) {
            request.setRequestURI(path.substring(0, path.indexOf('?')));
            request.setQueryString(path.substring(path.indexOf('?') + 1));
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void aGetOfTheExactPathIsAnsweredHereWithTheApiHeaders() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = call("GET", "/api/v1/fast", "store-token", chain);
        assertThat(chain.getRequest()).as("not handed on").isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("{\"ok\":true}");
        assertThat(answered).containsExactly("store");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfiguration.API_CSP);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void otherMethodsAndPathsAreHandedOn() throws Exception {
        for (String[] c : new String[][] {{"HEAD", "/api/v1/fast"}, {"POST", "/api/v1/fast"}, {"GET", "/api/v1/fast/"},
                {"GET", "/api/v1/fastx"}, {"GET", "/api/v1/other"}}) {
            MockFilterChain chain = new MockFilterChain();
            call(c[0], c[1], "store-token", chain);
            assertThat(chain.getRequest()).as(c[0] + " " + c[1]).isNotNull();
        }
        assertThat(answered).isEmpty();
    }

    @Test
    void strangersWrongRolesAndBadQuestionsAreRefused() throws Exception {
        assertThat(call("GET", "/api/v1/fast", null, new MockFilterChain()).getStatus()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/fast", "unknown", new MockFilterChain()).getStatus()).isEqualTo(401);
        assertThat(refused).isEmpty();
        MockHttpServletResponse forbidden = call("GET", "/api/v1/fast", "provider-token", new MockFilterChain());
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(forbidden.getContentType()).startsWith("application/problem+json");
        assertThat(refused).hasSize(1);
        MockHttpServletResponse bad = call("GET", "/api/v1/fast?bad=1", "store-token", new MockFilterChain());
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("\"field\":\"bad\"", "INVALID_VALUE");
        assertThat(answered).isEmpty();
    }
}
