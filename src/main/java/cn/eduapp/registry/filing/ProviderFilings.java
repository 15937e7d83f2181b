package cn.eduapp.registry.filing;

import cn.eduapp.registry.filing.internal.FilingSteps;
import cn.eduapp.registry.filing.internal.persistence.FilingRepository;
import cn.eduapp.registry.filing.internal.persistence.ProviderFilingRows;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.system.web.ApiProblem;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What happens to a provider's filings when the provider itself changes (issue 21): an approved new name is
 * written on them; a closing (注销) cancels every filing that can still be cancelled (注销备案), each with its
 * own {@link FilingCancelled}, so the lists, the verify index and the institutions using the apps follow.
 */
@Service
public class ProviderFilings {

    private static final Logger log = LoggerFactory.getLogger(ProviderFilings.class);

    private final ProviderFilingRows rows;
    private final FilingRepository filings;
    private final FilingSteps steps;
    private final Clock clock;

    ProviderFilings(ProviderFilingRows rows, FilingRepository filings, FilingSteps steps, Clock clock) {
        this.rows = rows;
        this.filings = filings;
        this.steps = steps;
        this.clock = clock;
    }

    public int renameProvider(ProviderId providerId, String name) {
        return rows.rename(providerId.value(), name);
    }

    /**
     * Cancels every cancellable filing of the provider (a filing under rectification is not cancellable and
     * stays as it is, for enforcement to finish); returns how many were cancelled. A filing that moved meanwhile
     * is skipped, so a redelivered event does no harm.
     */
    public int cancelAllOf(ProviderId providerId, Actor actor, String comment) {
        List<String> ids = rows.ofProvider(providerId.value(),
                FilingStatus.CANCELLABLE.stream().map(Enum::name).toList());
        int cancelled = 0;
        for (String id : ids) {
            var filing = filings.find(id);
            if (filing.isEmpty() || !FilingStatus.CANCELLABLE.contains(filing.get().status())) {
                continue;
            }
            try {
                steps.apply(filing.get(), actor, f -> f.cancel(actor, comment, clock.instant()));
                cancelled++;
            } catch (ApiProblem e) {
                // moved meanwhile (a concurrent step): it is no longer the closing's to cancel
                log.info("Filing {} of closed provider {} not cancelled: {}", id, providerId, e.getMessage());
            }
        }
        return cancelled;
    }
}
