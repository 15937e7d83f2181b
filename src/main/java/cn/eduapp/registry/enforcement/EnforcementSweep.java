package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.enforcement.internal.CaseOpener;
import cn.eduapp.registry.enforcement.internal.Revocations;
import cn.eduapp.registry.enforcement.internal.TakedownNotices;
import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.enforcement.internal.metrics.EnforcementMetrics;
import cn.eduapp.registry.enforcement.internal.persistence.OrderRepository;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline sweep. Finds every served OPEN order past its deadline OVERDUE and opens its case with a prior
 * notice (a finding: the filing stays UNDER_RECTIFICATION, nothing is revoked without a person's decision), each in
 * its own transaction and exactly once however many instances sweep (the order's version and the one-case-per-order
 * index); then ends listings whose period is over, lifts expired bars and reminds silent app stores.
 */
@Service
public class EnforcementSweep {

    private static final Logger log = LoggerFactory.getLogger(EnforcementSweep.class);
    private static final int BATCH = 200;

    private final OrderRepository orders;
    private final CaseOpener opener;
    private final Revocations revocations;
    private final TakedownNotices notices;
    private final ProviderManagement providers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final EnforcementMetrics metrics;
    private final Clock clock;

    EnforcementSweep(OrderRepository orders, CaseOpener opener, Revocations revocations, TakedownNotices notices,
                     ProviderManagement providers, ApplicationEventPublisher events, TransactionTemplate tx,
                     Messages messages, EnforcementMetrics metrics, Clock clock) {
        this.orders = orders;
        this.opener = opener;
        this.revocations = revocations;
        this.notices = notices;
        this.providers = providers;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.metrics = metrics;
        this.clock = clock;
    }

    public SweepResult sweep() {
        int overdue = 0;
        List<String> due;
        List<String> skipped = new ArrayList<>();
        do {
            due = new ArrayList<>(orders.dueIds(clock.instant(), BATCH));
            due.removeAll(skipped);
            for (String id : due) {
                try {
                    if (Boolean.TRUE.equals(tx.execute(s -> overdue(id)))) {
                        overdue++;
                    } else {
                        skipped.add(id);
                    }
                } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
                    skipped.add(id); // another instance found it first
                } catch (RuntimeException e) {
                    log.warn("Overdue finding of rectification order {} failed: {}", id, e.toString());
                    skipped.add(id);
                }
            }
        } while (due.size() >= BATCH);
        int ended = 0;
        for (String entryId : revocations.expiredListings()) {
            if (Boolean.TRUE.equals(tx.execute(s -> revocations.endListing(entryId, "EXPIRED", null, Actor.SYSTEM)))) {
                ended++;
            }
        }
        int lifted = providers.liftExpiredBans(Actor.SYSTEM);
        int reminders = notices.remindSilent(Actor.SYSTEM);
        SweepResult result = new SweepResult(overdue, ended, lifted, reminders);
        metrics.swept(result);
        return result;
    }

    private boolean overdue(String id) {
        Instant now = clock.instant();
        RectificationOrder o = orders.find(id).orElse(null);
        if (o == null || !o.isOverdue(now)) {
            return false;
        }
        o.markOverdue(now);
        orders.save(o);
        orders.appendHistory(o.id, now, Actor.SYSTEM.username(), "OVERDUE", RectificationStatus.OPEN,
                RectificationStatus.OVERDUE, messages.get("enforcement.overdue.comment"));
        events.publishEvent(new RectificationOverdue(Actor.SYSTEM, o.id, FilingId.of(o.filingId), ProviderId.of(o.providerId), o.filingNumber,
                o.deadline(), now));
        opener.open(o, CaseGround.OVERDUE, Actor.SYSTEM);
        return true;
    }
}
