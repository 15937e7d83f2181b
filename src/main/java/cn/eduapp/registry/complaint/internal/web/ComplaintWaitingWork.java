package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.complaint.Agency;
import cn.eduapp.registry.complaint.internal.persistence.ComplaintCounts;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.WaitingWork;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** The complaints an agency's staff still have to answer, and how many of them are past their due date. */
@Component
class ComplaintWaitingWork implements WaitingWork {

    private final ComplaintCounts counts;
    private final Clock clock;

    ComplaintWaitingWork(ComplaintCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public List<Waiting> waitingFor(CurrentUser user) {
        return Agency.of(user.roles()).map(agency -> List.of(
                new Waiting("waiting.complaints.open", counts.unanswered(agency), "/complaints"),
                new Waiting("waiting.complaints.overdue", counts.overdue(agency, clock.instant()), "/complaints")))
                .orElse(List.of());
    }
}
