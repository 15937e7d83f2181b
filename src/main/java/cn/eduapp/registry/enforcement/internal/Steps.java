package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.enforcement.internal.domain.IllegalStep;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.time.Instant;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Runs an aggregate's step, answering a refused one as 409 with its Chinese message; checks deadlines (400). */
@Component
public class Steps {

    private final Messages messages;
    private final Clock clock;

    Steps(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public <T> T run(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalStep e) {
            Object[] args = Arrays.stream(e.args())
                    .map(a -> a instanceof RectificationStatus s ? messages.get("enforcement.status." + s.name()) : a)
                    .toArray();
            throw ApiProblem.conflict(e.messageKey(), args);
        }
    }

    public void run(Runnable step) {
        run(() -> {
            step.run();
            return null;
        });
    }

    public void requireFuture(Instant deadline, String field) {
        if (!deadline.isAfter(clock.instant())) {
            throw ApiProblem.badField(field, "DEADLINE_NOT_FUTURE", messages.get("enforcement.deadline.past"));
        }
    }
}
