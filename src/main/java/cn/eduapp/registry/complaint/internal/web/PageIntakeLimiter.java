package cn.eduapp.registry.complaint.internal.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The intake page posts to its own address (CSRF, a session for the receipt), which system's filter
 * counts as an ordinary public call; this gives the page the same budget as the API intake (10 per 10
 * minutes per client address by default, the same properties), so the page is no way round it.
 */
@Component
public class PageIntakeLimiter {

    private final long capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PageIntakeLimiter(@Value("${registry.rate-limit.complaints.capacity:10}") long capacity,
                      @Value("${registry.rate-limit.complaints.period:PT10M}") Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    /** Empty when allowed; otherwise the seconds to wait. */
    OptionalLong tryAcquire(String clientAddress) {
        Bucket bucket = buckets.computeIfAbsent(clientAddress, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
    }

    /** Forgets every bucket (tests). */
    public void reset() {
        buckets.clear();
    }
}
