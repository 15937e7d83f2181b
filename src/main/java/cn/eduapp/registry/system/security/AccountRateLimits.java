package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.AccountRateLimits;
import cn.eduapp.registry.system.web.ProblemResponses;
import cn.eduapp.registry.system.security.RateLimitRefusals;
import cn.eduapp.registry.system.security.RateLimiter;

import cn.eduapp.registry.shared.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A per-account limit on authenticated API calls (issue 16; {@code registry.rate-limit.account.*},
 * default 3,000 per minute, far above what a person or a well-behaved client sends): a stolen token
 * cannot be used to crawl or to hammer the service. 429 with Retry-After; the first refusal of an
 * account in a window is audited. Runs in the API chain, after the token is known.
 */
class AccountRateLimits extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ProblemResponses problems;
    private final RateLimitRefusals refusals;

    AccountRateLimits(RateLimiter limiter, ProblemResponses problems, RateLimitRefusals refusals) {
        this.limiter = limiter;
        this.problems = problems;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth != null && auth.getPrincipal() instanceof CurrentUser user)) {
            chain.doFilter(request, response);
            return;
        }
        OptionalLong wait = limiter.tryConsume(RateLimiter.Kind.ACCOUNT, user.accountId());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refusals.record(RateLimiter.Kind.ACCOUNT, request.getRemoteAddr(), user, request);
        response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "problem.accountRateLimited");
    }
}
