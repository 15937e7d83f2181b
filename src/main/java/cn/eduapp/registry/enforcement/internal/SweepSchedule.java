package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.EnforcementSweep;
import cn.eduapp.registry.enforcement.SweepResult;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sweep every {@code registry.enforcement.sweep-interval} (ISO-8601, default PT1M). ShedLock keeps
 * a second instance from sweeping at the same moment; correctness does not rely on it (each overdue
 * finding changes its order by version, and one case per order is a unique index), it only saves the duplicate work.
 */
@Component
class SweepSchedule {

    private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

    private final EnforcementSweep enforcement;

    SweepSchedule(EnforcementSweep enforcement) {
        this.enforcement = enforcement;
    }

    @Scheduled(fixedDelayString = "${registry.enforcement.sweep-interval:PT1M}",
            initialDelayString = "${registry.enforcement.sweep-initial-delay:PT10S}")
    @SchedulerLock(name = "enforcement-sweep", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void run() {
        SweepResult r = enforcement.sweep();
        if (r.overdue() + r.listingsEnded() + r.bansLifted() + r.reminders() > 0) {
            log.info("Enforcement sweep: {} overdue (cases opened), {} listings ended, {} bans lifted, {} reminders",
                    r.overdue(), r.listingsEnded(), r.bansLifted(), r.reminders());
        }
    }
}
