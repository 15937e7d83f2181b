package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.WaitingWork;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Filings waiting for a decision of the user's: the city's and the national queue, a provider's returned filings. */
@Component
class FilingWaitingWork implements WaitingWork {

    private final JdbcClient jdbc;

    FilingWaitingWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Waiting> waitingFor(CurrentUser user) {
        List<Waiting> waiting = new ArrayList<>();
        if (user.has(Role.CITY_REVIEWER)) {
            waiting.add(new Waiting("waiting.filings.cityReview", count("select count(*) from filing where status = 'CITY_REVIEW'"),
                    "/filings?status=CITY_REVIEW"));
            waiting.add(new Waiting("waiting.revisions", count("select count(*) from filing_revision where status = 'CITY_REVIEW'"),
                    "/revisions"));
            waiting.add(new Waiting("waiting.recheckAlerts", count("select count(*) from recheck_alert where status = 'OPEN'"),
                    "/recheck-alerts"));
        }
        if (user.has(Role.MOE_REVIEWER)) {
            waiting.add(new Waiting("waiting.filings.moeReview", count("select count(*) from filing where status = 'MOE_REVIEW'"),
                    "/filings?status=MOE_REVIEW"));
        }
        if (user.has(Role.PROVIDER)) {
            long returned = jdbc.sql("select count(*) from filing where provider_id = ? and status = 'RETURNED'")
                    .param(UUID.fromString(user.organisationId())).query(Long.class).single();
            waiting.add(new Waiting("waiting.filings.returned", returned, "/filings?status=RETURNED"));
        }
        return waiting;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
