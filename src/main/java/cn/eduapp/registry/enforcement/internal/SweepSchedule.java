package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.EnforcementManagement;
import cn.eduapp.registry.enforcement.SweepResult;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sweep every {@code registry.enforcement.sweep-interval} (ISO-8601, default PT1M). ShedLock keeps
 * a second instance from sweeping at the same moment; correctness does not rely on it (each escalation
 * claims its order with a conditional update), it only saves the duplicate work.
 */
@Component
class SweepSchedule {

    private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

    private final EnforcementManagement enforcement;

    SweepSchedule(EnforcementManagement enforcement) {
        this.enforcement = enforcement;
    }

    @Scheduled(fixedDelayString = "${registry.enforcement.sweep-interval:PT1M}",
            initialDelayString = "${registry.enforcement.sweep-initial-delay:PT10S}")
    @SchedulerLock(name = "enforcement-sweep", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void run() {
        SweepResult r = enforcement.sweep();
        if (r.escalated() + r.bansLifted() + r.reminders() > 0) {
            log.info("Enforcement sweep: {} escalated, {} bans lifted, {} reminders", r.escalated(), r.bansLifted(),
                    r.reminders());
        }
    }
}
