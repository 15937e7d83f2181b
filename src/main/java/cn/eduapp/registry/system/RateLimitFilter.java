package cn.eduapp.registry.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client-address token buckets for the public endpoints (API.md): complaint intake 10 per 10
 * minutes, logins and registrations and every other public call 300 per minute; 429 with Retry-After.
 * Static resources and authenticated calls are not limited. The buckets live in this instance's memory,
 * so N instances allow N times the rate (docs/deployment.md says how to share them when that matters).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RateLimitFilter extends OncePerRequestFilter {

    enum Kind { COMPLAINT, PUBLIC }

    private final ProblemResponses problems;
    private final long complaintCapacity;
    private final Duration complaintPeriod;
    private final long publicCapacity;
    private final Duration publicPeriod;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(ProblemResponses problems,
                    @Value("${registry.rate-limit.complaints.capacity:10}") long complaintCapacity,
                    @Value("${registry.rate-limit.complaints.period:PT10M}") Duration complaintPeriod,
                    @Value("${registry.rate-limit.public.capacity:300}") long publicCapacity,
                    @Value("${registry.rate-limit.public.period:PT1M}") Duration publicPeriod) {
        this.problems = problems;
        this.complaintCapacity = complaintCapacity;
        this.complaintPeriod = complaintPeriod;
        this.publicCapacity = publicCapacity;
        this.publicPeriod = publicPeriod;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Kind kind = kind(request);
        if (kind == null) {
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(kind + "|" + request.getRemoteAddr(), k -> newBucket(kind));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader("Retry-After", String.valueOf(seconds));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "problem.rateLimited");
    }

    static Kind kind(HttpServletRequest request) {
        String path = request.getRequestURI();
        String method = request.getMethod();
        if ("POST".equals(method) && path.equals("/api/v1/public/complaints")) {
            return Kind.COMPLAINT;
        }
        if (path.startsWith("/api/v1/public/") || path.startsWith("/public/")
                || ("POST".equals(method) && (path.equals("/api/v1/providers") || path.equals("/api/v1/auth/login")
                        || path.equals("/login") || path.equals("/register")))) {
            return Kind.PUBLIC;
        }
        return null;
    }

    private Bucket newBucket(Kind kind) {
        long capacity = kind == Kind.COMPLAINT ? complaintCapacity : publicCapacity;
        Duration period = kind == Kind.COMPLAINT ? complaintPeriod : publicPeriod;
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }

    /** Forgets every bucket (tests that burst on purpose start from a clean slate). */
    public void reset() {
        buckets.clear();
    }
}
