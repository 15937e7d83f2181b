package cn.eduapp.registry.system.security;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.ProblemResponses;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The fast lane (issue 17): a GET to a {@link FastApiEndpoint}'s exact path is answered here, after the request
 * id, rate-limit and control-character filters and before the session, security and MVC machinery, which cost
 * about three quarters of a verify request. The request goes through the API chain's own instances of the
 * filters that apply here (its header writer, {@link BearerTokenFilter}, {@link AccountStateFilter},
 * {@link AccountRateLimits}), then the endpoint's roles are checked; refusals are the API chain's (401, 403
 * audited, 429, 503) and so are the security headers. Any other path, method or spelling of the path goes the usual way.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class FastApiFilter extends OncePerRequestFilter {

    private final Map<String, FastApiEndpoint> endpoints;
    private final List<Filter> checks;
    private final ProblemResponses problems;
    private final AccessRefusals refusals;

    /** {@code checks}: the API chain's own filter instances that apply here, in its order. */
    FastApiFilter(List<FastApiEndpoint> endpoints, List<Filter> checks, ProblemResponses problems,
                  AccessRefusals refusals) {
        this.endpoints = endpoints.stream().collect(Collectors.toUnmodifiableMap(FastApiEndpoint::path, Function.identity()));
        this.checks = List.copyOf(checks);
        this.problems = problems;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return endpoints.isEmpty() || !"GET".equals(request.getMethod()) || !endpoints.containsKey(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FastApiEndpoint endpoint = endpoints.get(request.getRequestURI());
        // the request metrics name the endpoint's path, as they would after the dispatcher's mapping
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(endpoint.path()));
        check(0, request, response, (req, res) -> answer(endpoint, (HttpServletRequest) req, (HttpServletResponse) res));
    }

    /** The checks in turn, each handing on to the next unless it answered the request itself. */
    private void check(int index, HttpServletRequest request, HttpServletResponse response, FilterChain last)
            throws ServletException, IOException {
        if (index == checks.size()) {
            last.doFilter(request, response);
            return;
        }
        checks.get(index).doFilter(request, response, (req, res) ->
                check(index + 1, (HttpServletRequest) req, (HttpServletResponse) res, last));
    }

    private void answer(FastApiEndpoint endpoint, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth != null && auth.getPrincipal() instanceof CurrentUser caller)) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
            return;
        }
        if (endpoint.roles().stream().noneMatch(caller::has)) {
            refusals.record(request);
            problems.write(response, HttpStatus.FORBIDDEN, "problem.forbidden");
            return;
        }
        try {
            endpoint.answer(request, response, caller);
        } catch (ApiProblem e) {
            if (response.isCommitted()) {
                throw e;
            }
            refusals.recordIfRefusal(request, e);
            problems.write(response, e);
        }
    }
}
