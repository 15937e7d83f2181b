package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.RateLimitRefusals;
import cn.eduapp.registry.system.security.RateLimited;
import cn.eduapp.registry.system.security.RateLimiter;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audits a rate-limit refusal once per limit, address (or account) and window: the window's row in
 * {@code rate_limit_refusal} is claimed by whichever instance refuses first, and only that one publishes
 * {@link RateLimited}. Old windows are removed with the expired buckets.
 */
class RateLimitRefusals {

    private static final Logger log = LoggerFactory.getLogger(RateLimitRefusals.class);
    private static final int MAX_PATH = 300;

    private final JdbcClient jdbc;
    private final RateLimiter limiter;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RateLimitRefusals(JdbcClient jdbc, RateLimiter limiter, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.limiter = limiter;
        this.events = events;
        this.clock = clock;
    }

    void record(RateLimiter.Kind kind, String address, @Nullable CurrentUser user, HttpServletRequest request) {
        String who = user != null ? user.accountId() : address;
        long period = limiter.period(kind).toMillis();
        Instant now = clock.instant();
        Instant window = Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), period));
        String path = request.getRequestURI();
        try {
            int claimed = jdbc.sql("""
                    insert into rate_limit_refusal (kind, address, window_start) values (?, ?, ?)
                    on conflict do nothing""").params(kind.name(), who, Timestamp.from(window)).update();
            if (claimed == 1) {
                Actor actor = user != null ? user.actor() : Actor.anonymous(address);
                events.publishEvent(new RateLimited(actor, user != null ? user.accountId() : "", kind.name(), address,
                        path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path));
            }
        } catch (RuntimeException e) {
            // the refusal stands whatever happens to its record
            log.error("Could not audit a rate-limit refusal of {}", address, e);
        }
    }

    /** Windows older than a day say nothing any more. */
    void removeOld() {
        jdbc.sql("delete from rate_limit_refusal where window_start < ?")
                .param(Timestamp.from(clock.instant().minusSeconds(86_400))).update();
    }
}
