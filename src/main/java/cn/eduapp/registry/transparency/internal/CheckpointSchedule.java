package cn.eduapp.registry.transparency.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every {@code registry.log.checkpoint-interval} whether a checkpoint is due. ShedLock keeps the
 * instances from all looking at once; correctness rests on the issuing lock (Checkpoints), not on it.
 */
@Component
class CheckpointSchedule {

    private final Checkpoints checkpoints;

    CheckpointSchedule(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(fixedDelayString = "${registry.log.checkpoint-interval:PT1M}",
            initialDelayString = "${registry.log.checkpoint-initial-delay:PT5S}")
    @SchedulerLock(name = "log-checkpoint", lockAtMostFor = "PT5M")
    void run() {
        checkpoints.issue();
    }
}
