package cn.eduapp.registry.publication.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code pub_change} (the feed; its event key makes a redelivered event harmless) and {@code pub_state}. */
@Repository
public class ChangeRows {

    /** One entry of the feed. */
    public record Entry(String eventKey, Instant at, String kind, @Nullable String filingNumber, String creditCode,
                        @Nullable String appName, String providerName, @Nullable String detail) {
    }

    private final JdbcTemplate batch;

    ChangeRows(JdbcTemplate batch) {
        this.batch = batch;
    }

    public void insert(List<Entry> entries) {
        batch.batchUpdate("""
                insert into pub_change (event_key, at, kind, filing_number, credit_code, app_name, provider_name, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing""",
                entries.stream().map(e -> new Object[] {e.eventKey(), Timestamp.from(e.at()), e.kind(), e.filingNumber(),
                        e.creditCode(), e.appName(), e.providerName(), e.detail()}).toList());
    }

    /** The version behind every export's and the feed's ETag. */
    public void bump(Instant now) {
        batch.update("update pub_state set version = version + 1, changed_at = greatest(changed_at, ?) where id = 1",
                Timestamp.from(now));
    }
}
