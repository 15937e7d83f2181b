package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.JdbcBucketProxyManager;
import cn.eduapp.registry.system.web.ProblemResponses;
import cn.eduapp.registry.system.security.RateLimitConfiguration;
import cn.eduapp.registry.system.security.RateLimitFilter;
import cn.eduapp.registry.system.security.RateLimitRefusals;
import cn.eduapp.registry.system.security.RateLimiter;

import java.time.Clock;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/** The rate limits (API.md, issue 16) and the housekeeping of their PostgreSQL rows. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    JdbcBucketProxyManager jdbcBuckets(JdbcClient jdbc) {
        return new JdbcBucketProxyManager(jdbc);
    }

    @Bean
    RateLimiter rateLimiter(JdbcBucketProxyManager buckets, RateLimitSettings settings) {
        return new RateLimiter(Map.of(
                RateLimiter.Kind.COMPLAINT, settings.complaints().limit(),
                RateLimiter.Kind.PUBLIC, settings.publicBudget().limit(),
                RateLimiter.Kind.ACCOUNT, settings.account().limit()),
                buckets, buckets::removeAll);
    }

    @Bean
    RateLimitRefusals rateLimitRefusals(JdbcClient jdbc, RateLimiter limiter, ApplicationEventPublisher events, Clock clock) {
        return new RateLimitRefusals(jdbc, limiter, events, clock);
    }

    @Bean
    RateLimitFilter rateLimitFilter(ProblemResponses problems, RateLimiter limiter, RateLimitRefusals refusals) {
        return new RateLimitFilter(problems, limiter, refusals);
    }

    @Bean
    RateLimitHousekeeping rateLimitHousekeeping(JdbcBucketProxyManager buckets, RateLimitRefusals refusals) {
        return new RateLimitHousekeeping(buckets, refusals);
    }

    /** Removes buckets that have refilled and refusal windows that are over; on one instance at a time. */
    static class RateLimitHousekeeping {

        private final JdbcBucketProxyManager buckets;
        private final RateLimitRefusals refusals;

        RateLimitHousekeeping(JdbcBucketProxyManager buckets, RateLimitRefusals refusals) {
            this.buckets = buckets;
            this.refusals = refusals;
        }

        @Scheduled(fixedDelay = 300_000, initialDelay = 60_000)
        @SchedulerLock(name = "rate-limit-housekeeping", lockAtMostFor = "PT4M")
        void clean() {
            buckets.removeExpired();
            refusals.removeOld();
        }
    }
}
