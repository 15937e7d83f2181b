package cn.eduapp.registry.enforcement.internal.persistence;

import static cn.eduapp.registry.enforcement.internal.persistence.Ids.parse;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.ts;

import cn.eduapp.registry.system.data.Rows;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Black list entries, one per listed app; an entry ends once (expiry, early removal or annulment). */
@Repository
public class BlacklistRepository {

    public record Entry(String id, String caseId, String filingId, String providerId, @Nullable String filingNumber,
                        String appName, String providerName, String creditCode, String reason, String clause,
                        String decisionNumber, LocalDate listedOn, LocalDate listedUntil, Instant listedAt,
                        @Nullable Instant endedAt, @Nullable String endKind, @Nullable String endReason) {
    }

    private static final String COLUMNS = """
            id, case_id, filing_id, provider_id, filing_number, app_name, provider_name, credit_code, reason, clause,
            decision_number, listed_on, listed_until, listed_at, ended_at, end_kind, end_reason""";

    private final JdbcClient jdbc;

    BlacklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Entry e) {
        jdbc.sql("insert into blacklist_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null)")
                .params(UUID.fromString(e.id()), UUID.fromString(e.caseId()), UUID.fromString(e.filingId()),
                        UUID.fromString(e.providerId()), e.filingNumber(), e.appName(), e.providerName(), e.creditCode(),
                        e.reason(), e.clause(), e.decisionNumber(), Date.valueOf(e.listedOn()), Date.valueOf(e.listedUntil()),
                        ts(e.listedAt()))
                .update();
    }

    public Optional<Entry> find(String id) {
        UUID uuid = parse(id);
        return uuid == null ? Optional.empty()
                : jdbc.sql("select " + COLUMNS + " from blacklist_entry where id = ?").param(uuid)
                        .query(Rows.of(Entry.class)).optional();
    }

    public Optional<Entry> ofCase(String caseId) {
        return jdbc.sql("select " + COLUMNS + " from blacklist_entry where case_id = ? order by listed_at desc limit 1")
                .param(UUID.fromString(caseId)).query(Rows.of(Entry.class)).optional();
    }

    public Optional<Entry> runningOfCase(String caseId) {
        return jdbc.sql("select " + COLUMNS + " from blacklist_entry where case_id = ? and ended_at is null")
                .param(UUID.fromString(caseId)).query(Rows.of(Entry.class)).optional();
    }

    /** Running entries whose period has ended by {@code today}. */
    public List<String> expired(LocalDate today) {
        return jdbc.sql("select id::text from blacklist_entry where ended_at is null and listed_until <= ?")
                .param(Date.valueOf(today)).query(String.class).list();
    }

    /** Ends a running entry; empty if it had already ended (another instance, another decision). */
    public Optional<Entry> end(String id, String kind, @Nullable String reason, String by, Instant at) {
        return jdbc.sql("update blacklist_entry set ended_at = ?, end_kind = ?, end_reason = ?, ended_by = ?"
                        + " where id = ? and ended_at is null returning " + COLUMNS)
                .params(ts(at), kind, reason, by, UUID.fromString(id)).query(Rows.of(Entry.class)).optional();
    }

    /** Whether any other entry of the provider still runs (the bar on new filings then stays). */
    public boolean otherRunning(String providerId, String exceptId) {
        return jdbc.sql("select count(*) from blacklist_entry where provider_id = ? and ended_at is null and id <> ?")
                .params(UUID.fromString(providerId), UUID.fromString(exceptId)).query(Long.class).single() > 0;
    }
}
