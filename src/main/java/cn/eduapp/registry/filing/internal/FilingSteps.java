package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.domain.IllegalTransition;
import cn.eduapp.registry.filing.internal.persistence.FilingRepository;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one step to a loaded filing in a transaction: the aggregate checks the step (409 when illegal from its
 * status), the repository saves it with optimistic locking, and the events the step recorded are published.
 */
@Component
public class FilingSteps {

    private final FilingRepository filings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    FilingSteps(FilingRepository filings, ApplicationEventPublisher events, TransactionTemplate tx, Messages messages,
                Clock clock) {
        this.filings = filings;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new filing (its draft's events included). */
    public void create(Filing filing, Actor actor) {
        tx.executeWithoutResult(s -> {
            List<Object> announced = List.copyOf(filing.events());
            filings.insert(filing);
            announced.forEach(events::publishEvent);
        });
    }

    /** After this returns {@code filing} is as stored (its version is the new one). */
    public void apply(Filing filing, Actor actor, Consumer<Filing> step) {
        try {
            tx.executeWithoutResult(s -> {
                step.accept(filing);
                List<Object> announced = List.copyOf(filing.events());
                filings.update(filing, clock.instant());
                announced.forEach(events::publishEvent);
            });
        } catch (IllegalTransition e) {
            throw illegal(e);
        }
    }

    public ApiProblem illegal(IllegalTransition e) {
        return ApiProblem.conflict("filing.illegalTransition", messages.get("filing.status." + e.from().name()));
    }

}
