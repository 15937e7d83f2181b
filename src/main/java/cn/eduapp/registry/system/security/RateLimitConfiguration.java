package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.JdbcBucketProxyManager;
import cn.eduapp.registry.system.web.ProblemResponses;
import cn.eduapp.registry.system.security.RateLimitConfiguration;
import cn.eduapp.registry.system.security.RateLimitFilter;
import cn.eduapp.registry.system.security.RateLimitRefusals;
import cn.eduapp.registry.system.security.RateLimiter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
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
    RateLimiter rateLimiter(JdbcBucketProxyManager buckets,
                            @Value("${registry.rate-limit.complaints.capacity:10}") long complaintCapacity,
                            @Value("${registry.rate-limit.complaints.period:PT10M}") Duration complaintPeriod,
                            @Value("${registry.rate-limit.public.capacity:300}") long publicCapacity,
                            @Value("${registry.rate-limit.public.period:PT1M}") Duration publicPeriod,
                            @Value("${registry.rate-limit.account.capacity:3000}") long accountCapacity,
                            @Value("${registry.rate-limit.account.period:PT1M}") Duration accountPeriod) {
        return new RateLimiter(Map.of(
                RateLimiter.Kind.COMPLAINT, new RateLimiter.Limit(complaintCapacity, complaintPeriod),
                RateLimiter.Kind.PUBLIC, new RateLimiter.Limit(publicCapacity, publicPeriod),
                RateLimiter.Kind.ACCOUNT, new RateLimiter.Limit(accountCapacity, accountPeriod)),
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
