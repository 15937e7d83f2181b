package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.AccountRateLimits;
import cn.eduapp.registry.system.web.ProblemResponses;
import cn.eduapp.registry.system.security.RateLimitFilter;
import cn.eduapp.registry.system.security.RateLimitRefusals;
import cn.eduapp.registry.system.security.RateLimiter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client-address limits for the public endpoints (API.md): complaint intake 10 per 10 minutes (one
 * budget with the intake page, held in PostgreSQL across instances), logins, registrations, claims and disputes (issue 21) and every
 * other public call 300 per minute; 429 with Retry-After. The first refusal of an address in a window is
 * audited. Static resources are not limited here; authenticated API calls by {@link AccountRateLimits}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RateLimitFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;
    private final RateLimiter limiter;
    private final RateLimitRefusals refusals;

    RateLimitFilter(ProblemResponses problems, RateLimiter limiter, RateLimitRefusals refusals) {
        this.problems = problems;
        this.limiter = limiter;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Kind kind = kind(request);
        if (kind == null) {
            chain.doFilter(request, response);
            return;
        }
        OptionalLong wait = limiter.tryConsume(kind, request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refusals.record(kind, request.getRemoteAddr(), null, request);
        response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "problem.rateLimited");
    }

    static RateLimiter.Kind kind(HttpServletRequest request) {
        String path = request.getRequestURI();
        String method = request.getMethod();
        if ("POST".equals(method) && path.equals("/api/v1/public/complaints")) {
            return RateLimiter.Kind.COMPLAINT;
        }
        if (path.startsWith("/api/v1/public/") || path.startsWith("/public/")
                || path.startsWith("/api/v1/providers/disputes") || path.startsWith("/disputes/")
                || ("POST".equals(method) && (path.equals("/api/v1/providers") || path.equals("/api/v1/auth/login")
                        || path.equals("/api/v1/providers/claims") || path.equals("/claim")
                        || path.equals("/login") || path.equals("/register")))) {
            return RateLimiter.Kind.PUBLIC;
        }
        return null;
    }

    /** Forgets every bucket (tests that burst on purpose start from a clean slate). */
    public void reset() {
        limiter.reset();
    }
}
