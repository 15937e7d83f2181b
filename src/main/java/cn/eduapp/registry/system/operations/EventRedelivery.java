package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.EventRedelivery;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An event whose listener failed (a database hiccup, a deadlock victim) stays incomplete in the event
 * publication registry; without this it would wait for the next restart. Every listener is idempotent,
 * so redelivering one that is merely slow does no harm.
 */
@Component
class EventRedelivery {

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventRedelivery(IncompleteEventPublications incomplete,
                    EventSettings settings) {
        this.incomplete = incomplete;
        this.olderThan = settings.redeliverAfter();
    }

    @Scheduled(fixedDelayString = "${registry.events.redeliver-interval:PT1M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT10M")
    void redeliver() {
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
