package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.enforcement.internal.TakedownNotices;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingSummary;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The revocation of preschool training filings (京教信〔2022〕5号 三（五）). The rest of enforcement has its own
 * facades: {@link RectificationManagement} (orders), {@link CaseManagement} and {@link EnforcementSweep} (the
 * procedure for adverse decisions), {@link NoticeManagement} (takedown notices, 通报) and {@link IcpManagement}.
 */
@Service
public class EnforcementManagement {

    public static final String PRESCHOOL_CLAUSE = "京教信〔2022〕5号 三（五）";

    private final TakedownNotices notices;
    private final FilingManagement filings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    EnforcementManagement(TakedownNotices notices, FilingManagement filings, ApplicationEventPublisher events,
                          TransactionTemplate tx, Messages messages, Clock clock) {
        this.notices = notices;
        this.filings = filings;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    // --- 三（五）: preschool training filings ---

    public List<FilingSummary> preschoolCandidates() {
        return filings.preschoolTraining();
    }

    /**
     * 三（五） in one transaction: every preschool training filing registered or under rectification is revoked,
     * each with a takedown notice; every one waiting for the city's or the national review is refused (不予备案).
     */
    public PreschoolRevocation revokePreschool(CurrentUser user) {
        List<String> numbers = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            String why = messages.get("enforcement.preschool.reason");
            String refusal = messages.get("enforcement.preschool.refusal");
            for (FilingSummary f : filings.preschoolTraining()) {
                if (f.status() == FilingStatus.CITY_REVIEW || f.status() == FilingStatus.MOE_REVIEW) {
                    filings.refuseNoLongerAccepted(f.id(), user.actor(), refusal);
                    refused.add(f.id());
                    continue;
                }
                filings.revoke(f.id(), user.actor(), why);
                notices.issue(listing(f.id()), why, TakedownNotices.REVOCATION, null, user.actor());
                numbers.add(f.filingNumber());
            }
            events.publishEvent(new PreschoolFilingsRevoked(user.actor(), List.copyOf(numbers), List.copyOf(refused),
                    clock.instant()));
        });
        return new PreschoolRevocation(numbers.size(), numbers, refused.size(), refused);
    }

    private FilingListing listing(String filingId) {
        return filings.listing(filingId).orElseThrow(ApiProblem::notFound);
    }
}
