package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.system.security.RateLimiter;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * The intake page posts to its own address (CSRF, a session for the receipt); it draws on the one
 * complaint budget per client address that the API intake uses (system's RateLimiter, held in
 * PostgreSQL across instances), so the page is no way round it and neither counts twice.
 */
@Component
public class PageIntakeLimiter {

    private final RateLimiter limiter;

    PageIntakeLimiter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Empty when allowed; otherwise the seconds to wait. */
    OptionalLong tryAcquire(String clientAddress) {
        return limiter.tryConsume(RateLimiter.Kind.COMPLAINT, clientAddress);
    }

    /** Forgets every bucket (tests). */
    public void reset() {
        limiter.reset();
    }
}
