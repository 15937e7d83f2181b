package cn.eduapp.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.security.AuthorizationMatrixIT.Caller;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.system.security.AllowedRoles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * AuthorizationMatrixIT's rows, for every API endpoint the platform maps now (read from the handler
 * mappings, so an endpoint added later is in the matrix the day it lands): without a token 401 unless the
 * endpoint is public; for an endpoint restricted to roles, every other role 403 before anything else is
 * looked at; and no caller of any role ever gets a 5xx with an empty body and unknown ids. The finer
 * expectations of the foundation's endpoints stay in AuthorizationMatrixIT's rows; the roles as the spec
 * gives them (not as annotated) are AuthorizationMatrixEveryEndpointIT's table, the owners'
 * objects AuthorizationMatrixObjectsIT's rows.
 */
class AuthorizationMatrixAllEndpointsIT extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What spends the caller's token, or acts on everything at once when allowed (the shared data). */
    private static final Set<String> LEFT_OUT = Set.of("/api/v1/auth/logout", "/api/v1/enforcement/preschool-revocations",
            "/api/v1/notifications/read-all");

    record Endpoint(String method, String pattern, Set<Caller> allowed) {
        boolean open() {
            return pattern.startsWith("/api/v1/public/")
                    || ("POST".equals(method) && (pattern.equals("/api/v1/auth/login") || pattern.equals("/api/v1/providers")
                            || pattern.equals("/api/v1/providers/claims") || pattern.equals("/api/v1/providers/disputes")))
                    || ("GET".equals(method) && pattern.equals("/api/v1/providers/disputes/{trackingNumber}"));
        }
    }

    private List<Endpoint> apiEndpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod h = e.getValue();
            AllowedRoles onMethod = AnnotatedElementUtils.findMergedAnnotation(h.getMethod(), AllowedRoles.class);
            AllowedRoles roles = onMethod != null ? onMethod
                    : AnnotatedElementUtils.findMergedAnnotation(h.getBeanType(), AllowedRoles.class);
            Set<Caller> allowed = roles == null ? EnumSet.noneOf(Caller.class) : Arrays.stream(roles.value())
                    .map(Role::name).map(Caller::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Caller.class)));
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/") || LEFT_OUT.contains(pattern)) {
                    continue;
                }
                e.getKey().getMethodsCondition().getMethods()
                        .forEach(m -> all.add(new Endpoint(m.name(), pattern, roles == null ? null : allowed)));
            }
        }
        return all;
    }

    private String token(Caller caller, Fixtures.Provider provider) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case PROVIDER -> provider.token();
            default -> api().token(caller.demoUser);
        };
    }

    @TestFactory
    Stream<DynamicTest> everyApiEndpointRefusesTheAnonymousAndEveryRoleItIsNotFor() {
        Fixtures.Provider provider = fixtures().beijingCompany();
        List<Endpoint> endpoints = apiEndpoints();
        assertThat(endpoints).as("the platform's API endpoints").hasSizeGreaterThan(90);
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints) {
            String path = e.pattern().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            tests.add(DynamicTest.dynamicTest(e.method() + " " + e.pattern(), () -> {
                for (Caller caller : Caller.values()) {
                    Api.Response r = api().send(e.method(), path, token(caller, provider), "application/json",
                            "{}".getBytes(StandardCharsets.UTF_8));
                    String as = e.method() + " " + path + " as " + caller + ": " + r.body();
                    assertThat(r.status()).as(as).isLessThan(500);
                    if (caller == Caller.ANONYMOUS && !e.open()) {
                        assertThat(r.status()).as(as).isEqualTo(401);
                    } else if (caller != Caller.ANONYMOUS && e.allowed() != null && !e.allowed().contains(caller)) {
                        assertThat(r.status()).as(as).isEqualTo(403);
                    }
                    if (r.status() >= 400) {
                        assertThat(r.header("Content-Type")).as(as).startsWith("application/problem+json");
                    }
                }
            }));
        }
        return tests.stream();
    }
}
