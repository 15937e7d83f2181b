package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.WaitingWork;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rectification waiting for someone: answers the city has to check and orders due within a week; a
 * provider's open orders; an app store's notices it has not yet answered.
 */
@Component
class EnforcementWaitingWork implements WaitingWork {

    private final JdbcClient jdbc;
    private final Clock clock;

    EnforcementWaitingWork(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Waiting> waitingFor(CurrentUser user) {
        List<Waiting> waiting = new ArrayList<>();
        if (user.has(Role.CITY_REVIEWER)) {
            waiting.add(new Waiting("waiting.orders.responded",
                    count("select count(*) from rectification_order where status = 'RESPONDED'"), "/enforcement"));
            long dueSoon = jdbc.sql("select count(*) from rectification_order where status = 'OPEN' and deadline < ?")
                    .param(Timestamp.from(clock.instant().plus(Duration.ofDays(7)))).query(Long.class).single();
            waiting.add(new Waiting("waiting.orders.dueSoon", dueSoon, "/enforcement"));
        }
        if (user.has(Role.PROVIDER)) {
            long open = jdbc.sql("select count(*) from rectification_order where provider_id = ? and status = 'OPEN'")
                    .param(UUID.fromString(user.organisationId())).query(Long.class).single();
            waiting.add(new Waiting("waiting.orders.mine", open, "/enforcement/orders"));
        }
        if (user.has(Role.DISTRIBUTION_PLATFORM)) {
            long silent = jdbc.sql("""
                    select count(*) from takedown_delivery where platform_id = ? and acknowledged_at is null""")
                    .param(UUID.fromString(user.organisationId())).query(Long.class).single();
            waiting.add(new Waiting("waiting.notices.unacknowledged", silent, "/app-store/notices"));
        }
        return waiting;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
