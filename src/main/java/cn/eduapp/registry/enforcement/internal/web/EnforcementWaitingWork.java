package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.enforcement.internal.persistence.EnforcementCounts;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.WaitingWork;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Rectification waiting for someone: answers the city has to check and orders due within a week; a
 * provider's open orders; an app store's notices it has not yet answered.
 */
@Component
class EnforcementWaitingWork implements WaitingWork {

    private final EnforcementCounts counts;
    private final Clock clock;

    EnforcementWaitingWork(EnforcementCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public List<Waiting> waitingFor(CurrentUser user) {
        List<Waiting> waiting = new ArrayList<>();
        if (user.has(Role.CITY_REVIEWER)) {
            waiting.add(new Waiting("waiting.orders.responded", counts.answeredOrders(), "/enforcement"));
            waiting.add(new Waiting("waiting.orders.dueSoon",
                    counts.openOrdersDueBefore(clock.instant().plus(Duration.ofDays(7))), "/enforcement"));
        }
        if (user.has(Role.PROVIDER)) {
            waiting.add(new Waiting("waiting.orders.mine", counts.openOrdersOf(user.organisationId()), "/enforcement/orders"));
        }
        if (user.has(Role.DISTRIBUTION_PLATFORM)) {
            waiting.add(new Waiting("waiting.notices.unacknowledged", counts.unacknowledgedNotices(user.organisationId()),
                    "/app-store/notices"));
        }
        return waiting;
    }
}
