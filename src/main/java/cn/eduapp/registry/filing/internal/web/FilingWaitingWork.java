package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.filing.internal.persistence.WaitingCounts;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.WaitingWork;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Filings waiting for a decision of the user's: the city's and the national queue, a provider's returned filings. */
@Component
class FilingWaitingWork implements WaitingWork {

    private final WaitingCounts counts;

    FilingWaitingWork(WaitingCounts counts) {
        this.counts = counts;
    }

    @Override
    public List<Waiting> waitingFor(CurrentUser user) {
        List<Waiting> waiting = new ArrayList<>();
        if (user.has(Role.CITY_REVIEWER)) {
            waiting.add(new Waiting("waiting.filings.cityReview", counts.filings("CITY_REVIEW"),
                    "/filings?status=CITY_REVIEW"));
            waiting.add(new Waiting("waiting.revisions", counts.revisions("CITY_REVIEW"),
                    "/revisions"));
            waiting.add(new Waiting("waiting.recheckAlerts", counts.openRecheckAlerts(),
                    "/recheck-alerts"));
        }
        if (user.has(Role.MOE_REVIEWER)) {
            waiting.add(new Waiting("waiting.filings.moeReview", counts.filings("MOE_REVIEW"),
                    "/filings?status=MOE_REVIEW"));
        }
        if (user.has(Role.PROVIDER)) {
            long returned = counts.filingsOf(user.organisationId(), "RETURNED");
            waiting.add(new Waiting("waiting.filings.returned", returned, "/filings?status=RETURNED"));
        }
        return waiting;
    }

}
