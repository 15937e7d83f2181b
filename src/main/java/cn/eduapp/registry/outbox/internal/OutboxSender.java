package cn.eduapp.registry.outbox.internal;

import cn.eduapp.registry.outbox.Channel;
import cn.eduapp.registry.outbox.MessageGateway;
import cn.eduapp.registry.outbox.internal.persistence.OutboxRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what the outbox holds. Each round claims due messages (a claim is one committed UPDATE with
 * SKIP LOCKED: two instances never hold the same message), hands each to its channel's gateway and records
 * the outcome: sent, or due again after a back-off doubling from {@code retry-base} up to {@code retry-max},
 * FAILED after {@code max-attempts}. A message whose sender died while holding it is due again when the
 * lease ends. ShedLock only saves the duplicate round; correctness rests on the claim.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final Map<Channel, MessageGateway> gateways;
    private final Clock clock;
    private final Duration retryBase;
    private final Duration retryMax;
    private final int maxAttempts;
    private final Duration lease;

    OutboxSender(OutboxRepository outbox, List<MessageGateway> gateways, Clock clock, OutboxSettings settings) {
        this.outbox = outbox;
        this.gateways = gateways.stream().collect(Collectors.toMap(MessageGateway::channel, Function.identity()));
        this.clock = clock;
        this.retryBase = settings.retryBase();
        this.retryMax = settings.retryMax();
        this.maxAttempts = settings.maxAttempts();
        this.lease = settings.lease();
    }

    public record Round(int sent, int failed) {
    }

    @Scheduled(fixedDelayString = "${registry.outbox.send-interval:PT15S}",
            initialDelayString = "${registry.outbox.send-initial-delay:PT20S}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT10M")
    void scheduled() {
        Round r = sendDue();
        if (r.sent() + r.failed() > 0) {
            log.info("Outbox: {} sent, {} not sent this round", r.sent(), r.failed());
        }
    }

    /** One round over every available channel, until nothing is due (at most {@value #BATCH} per claim). */
    public Round sendDue() {
        List<Channel> open = gateways.values().stream().filter(MessageGateway::available).map(MessageGateway::channel).toList();
        int sent = 0;
        int failed = 0;
        while (true) {
            Instant now = clock.instant();
            List<MessageGateway.Delivery> claimed = outbox.claim(open, now, now.plus(lease), BATCH);
            for (MessageGateway.Delivery m : claimed) {
                if (deliver(m)) {
                    sent++;
                } else {
                    failed++;
                }
            }
            if (claimed.size() < BATCH || failed > 0) {
                return new Round(sent, failed);
            }
        }
    }

    private boolean deliver(MessageGateway.Delivery m) {
        MessageGateway gateway = gateways.get(m.channel());
        try {
            gateway.deliver(m);
            outbox.sent(m.id(), clock.instant());
            return true;
        } catch (Exception e) {
            int attempts = outbox.attempts(m.id());
            outbox.failed(m.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), next(attempts));
            log.warn("Outbox message {} not delivered (attempt {}): {}", m.id(), attempts, e.toString());
            return false;
        }
    }

    /** When to try again after {@code attempts} attempts; null: give up. */
    @Nullable Instant next(int attempts) {
        if (attempts >= maxAttempts) {
            return null;
        }
        Duration wait = retryBase.multipliedBy(1L << Math.min(attempts - 1, 20));
        return clock.instant().plus(wait.compareTo(retryMax) > 0 ? retryMax : wait);
    }
}
