package cn.eduapp.registry.filing.internal.persistence;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts behind the waiting-work list: filings and revisions in a status, open re-check alerts. */
@Repository
public class WaitingCounts {

    private final JdbcClient jdbc;

    WaitingCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long filings(String status) {
        return jdbc.sql("select count(*) from filing where status = ?").param(status).query(Long.class).single();
    }

    public long filingsOf(String providerId, String status) {
        return jdbc.sql("select count(*) from filing where provider_id = ? and status = ?")
                .params(UUID.fromString(providerId), status).query(Long.class).single();
    }

    public long revisions(String status) {
        return jdbc.sql("select count(*) from filing_revision where status = ?").param(status).query(Long.class).single();
    }

    public long openRecheckAlerts() {
        return jdbc.sql("select count(*) from recheck_alert where status = 'OPEN'").query(Long.class).single();
    }
}
