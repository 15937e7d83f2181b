package cn.eduapp.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The property of issue 16: whatever an attacker sends to whichever endpoint, as whichever role, the
 * service never answers 5xx. Every endpoint the service maps (read from its handler mappings, so a new
 * endpoint is covered the day it is added) is called by every role, API endpoints with a token, pages with
 * a signed-in session and its CSRF token, with hostile path segments, query parameters, form fields and
 * JSON shapes drawn from jqwik arbitraries. (jqwik's engine cannot join the one shared Spring context of
 * the integration tests, so its generators are driven from here.)
 *
 * <p>Left out: what spends the caller's session or token (logouts), what checks the demo accounts' own
 * secrets (it would lock accounts every other test shares), and the one bulk action that changes other
 * tests' data (the preschool revocation).
 */
class HostileRequestsIT extends IntegrationTest {

    private static final int TRIES = 2;
    private static final Set<String> LEFT_OUT = Set.of("/api/v1/auth/logout", "/logout", "/api/v1/auth/password",
            "/account/password", "/api/v1/auth/second-factor/removal", "/account/second-factor/removal",
            "/api/v1/auth/second-factor/confirmation", "/account/second-factor/confirmation",
            "/api/v1/enforcement/preschool-revocations", "/enforcement/preschool-revocations", "/error",
            "/api/v1/notifications/read-all", "/notifications/read-all");
    private static final List<String> USERS = List.of("city-reviewer", "moe-reviewer", "ca-officer", "cac-officer",
            "district-haidian", "school-haidian-1", "appstore-demo");
    private static final List<String> FIELDS = List.of("app", "name", "description", "decision", "comment", "reason",
            "status", "page", "size", "q", "category", "appName", "identifier", "contact", "platforms", "type",
            "filingNumber", "deadline", "accepted", "outcome", "feedback", "username", "password", "role", "kind",
            "number", "issuer", "validFrom", "validUntil", "code", "purpose", "creditCode", "action", "platform");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static Arbitrary<String> hostileStrings() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "a\u0000b", "\u0000", "\u001b[31m", "' OR '1'='1", "1; drop table filing; --",
                        "<script>alert(1)</script>", "../../../../etc/passwd", "%00", "%", "-1", "0", "99999999999999999999",
                        "1e309", "NaN", "null", "true", "[]", "{}", "😀", "\u202e", "BJTS00000000", "京ICP备12345678号",
                        "2026-02-30", "9999-12-31T23:59:59Z", "00000000-0000-0000-0000-000000000000", "REGISTERED",
                        "ANDROID", "a".repeat(5000)),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(20));
    }

    private static Arbitrary<Object> hostileJson(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(hostileStrings().map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b), Arbitraries.just(null));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> list = hostileJson(depth - 1).list().ofMaxSize(3).map(l -> (Object) l);
        Arbitrary<Object> object = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(FIELDS), hostileStrings()),
                hostileJson(depth - 1)).ofMaxSize(6).map(m -> (Object) new TreeMap<>(m));
        return Arbitraries.oneOf(leaf, list, object, object);
    }

    record Endpoint(String method, String pattern, List<String> params) {
        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            List<String> params = new ArrayList<>();
            for (var p : e.getValue().getMethodParameters()) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (rp != null) {
                    String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                    if (name != null) {
                        params.add(name);
                    }
                }
            }
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (LEFT_OUT.contains(pattern) || pattern.startsWith("/actuator") || pattern.startsWith("/v3/")
                        || pattern.startsWith("/swagger")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    all.add(new Endpoint("GET", pattern, params));
                } else {
                    methods.forEach(m -> all.add(new Endpoint(m.name(), pattern, params)));
                }
            }
        }
        all.sort(java.util.Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return all;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String path(Endpoint e, Arbitrary<String> strings) {
        Matcher m = VARIABLE.matcher(e.pattern());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = strings.sample();
            m.appendReplacement(sb, Matcher.quoteReplacement(enc(value.isEmpty() ? "x" : value).replace("+", "%20")));
        }
        m.appendTail(sb);
        return sb.toString().replace("**", "x");
    }

    private Map<String, String> fields(Endpoint e, Arbitrary<String> strings) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String p : e.params()) {
            fields.put(p, strings.sample());
        }
        fields.put(Arbitraries.of(FIELDS).sample(), strings.sample());
        return fields;
    }

    private static String query(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.isEmpty() ? "?" : "&").append(enc(k)).append('=').append(enc(v)));
        return sb.toString();
    }

    @Test
    void noHostileRequestToAnyEndpointAsAnyRoleAnswers5xx() {
        Fixtures.Provider provider = fixtures().beijingCompany();
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, PageSession> pages = new LinkedHashMap<>();
        tokens.put("anonymous", null);
        pages.put("anonymous", new PageSession(api().base()));
        tokens.put("provider", provider.token());
        PageSession providerPage = new PageSession(api().base());
        providerPage.login(provider.username(), Fixtures.PASSWORD);
        pages.put("provider", providerPage);
        for (String user : USERS) {
            tokens.put(user, api().token(user));
            PageSession page = new PageSession(api().base());
            page.login(user, Api.DEMO_PASSWORD);
            pages.put(user, page);
        }
        Arbitrary<String> strings = hostileStrings();
        Arbitrary<Object> bodies = hostileJson(2);
        List<String> failures = new ArrayList<>();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(150);
        for (Endpoint e : endpoints) {
            for (String who : tokens.keySet()) {
                for (int i = 0; i < TRIES; i++) {
                    String path = path(e, strings);
                    Map<String, String> fields = fields(e, strings);
                    int status;
                    String sent;
                    if (e.api()) {
                        boolean get = e.method().equals("GET") || e.method().equals("DELETE");
                        String body = get ? "" : JSON.writeValueAsString(bodies.sample());
                        sent = e.method() + " " + path + query(fields) + " " + body;
                        status = api().send(e.method(), path + query(fields), tokens.get(who), "application/json",
                                body.getBytes(StandardCharsets.UTF_8)).status();
                    } else if (e.method().equals("GET")) {
                        sent = "GET " + path + query(fields);
                        status = pages.get(who).get(path + query(fields)).statusCode();
                    } else {
                        HttpResponse<String> home = pages.get(who).get("who".equals(who) ? "/" : "/home");
                        String csrf = csrf(home.body(), pages.get(who));
                        Map<String, String> form = new LinkedHashMap<>(fields);
                        form.put("_csrf", csrf);
                        sent = e.method() + " " + path + " " + form;
                        status = pages.get(who).postForm(path, form).statusCode();
                    }
                    if (status >= 500) {
                        failures.add(status + " as " + who + ": " + sent);
                    }
                }
            }
        }
        assertThat(failures).as("requests answered with 5xx").isEmpty();
    }

    private static String csrf(String html, PageSession page) {
        try {
            return PageSession.csrfOf(html);
        } catch (IllegalStateException none) {
            return PageSession.csrfOf(page.get("/login").body());
        }
    }
}
