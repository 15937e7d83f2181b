package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.RateLimiter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The service's token buckets (Bucket4j). The complaint-intake budget is one budget per client address
 * for the API and the page together, kept in PostgreSQL so it holds across instances ({@code shared});
 * the general public limit and the per-account API limit are per instance, in a Caffeine cache bounded
 * in entries (an address that stops calling is forgotten once its bucket would be full anyway), so no
 * flood of addresses grows memory without bound.
 */
public class RateLimiter {

    public enum Kind { COMPLAINT, PUBLIC, ACCOUNT }

    record Limit(long capacity, Duration period) {
    }

    static final int MAX_LOCAL_BUCKETS = 100_000;

    private final Map<Kind, Limit> limits = new EnumMap<>(Kind.class);
    private final Map<Kind, BucketConfiguration> configurations = new EnumMap<>(Kind.class);
    private final Cache<String, Bucket> local;
    private final @Nullable ProxyManager<String> shared;
    private final @Nullable Runnable resetShared;

    RateLimiter(Map<Kind, Limit> limits, @Nullable ProxyManager<String> shared, @Nullable Runnable resetShared) {
        limits.forEach(this::setLimit);
        Duration longest = limits.values().stream().map(Limit::period).max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        this.local = Caffeine.newBuilder().maximumSize(MAX_LOCAL_BUCKETS).expireAfterAccess(longest).build();
        this.shared = shared;
        this.resetShared = resetShared;
    }

    /** Empty when the call may go ahead; otherwise the seconds to wait. */
    public OptionalLong tryConsume(Kind kind, String key) {
        String id = kind + "|" + key;
        BucketConfiguration configuration = configurations.get(kind);
        Bucket bucket = kind == Kind.COMPLAINT && shared != null
                ? shared.builder().build(id, () -> configuration)
                : local.get(id, k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
    }

    public Duration period(Kind kind) {
        return limits.get(kind).period();
    }

    /** Changes a limit (tests that need a small one); forgets every bucket. */
    public void setLimit(Kind kind, long capacity, Duration period) {
        setLimit(kind, new Limit(capacity, period));
        reset();
    }

    private void setLimit(Kind kind, Limit limit) {
        limits.put(kind, limit);
        configurations.put(kind, BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
                .build());
    }

    /** Forgets every bucket (tests that burst on purpose start from a clean slate). */
    public void reset() {
        if (local != null) {
            local.invalidateAll();
        }
        if (resetShared != null) {
            resetShared.run();
        }
    }

    /** Buckets only in this instance's memory (unit tests). */
    static RateLimiter inMemory(Map<Kind, Limit> limits) {
        return new RateLimiter(limits, null, null);
    }
}
