package cn.eduapp.registry.national.internal.persistence;

import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The submission outbox (V200): every SQL statement of the national step's sending and polling. */
@Repository
public class NationalSubmissions {

    /** The states of a submission (V200). */
    public enum State { WAITING, SENT, REGISTERED, REJECTED, CLOSED }

    /** One submission as stored. */
    public record Submission(String filingId, State state, int attempts, Instant nextAttemptAt, @Nullable String receipt,
                             @Nullable String lastError, @Nullable String filingNumber, @Nullable String reason,
                             Instant createdAt, @Nullable Instant sentAt, @Nullable Instant decidedAt, Instant updatedAt) {
    }

    private static final String COLUMNS = """
            filing_id, state, attempts, next_attempt_at, receipt, last_error, filing_number, reason, created_at, sent_at,
            decided_at, updated_at""";

    private final JdbcClient jdbc;

    NationalSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Written in the city's deciding transaction; a filing already queued keeps its row. */
    public void enqueue(String filingId, Instant now) {
        jdbc.sql("""
                insert into national_submission (filing_id, state, next_attempt_at, created_at, updated_at)
                values (?, 'WAITING', ?, ?, ?) on conflict (filing_id) do nothing""")
                .params(filingId, ts(now), ts(now), ts(now)).update();
    }

    /** Rows in {@code state} due at {@code now}, oldest first. */
    public List<Submission> due(State state, Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from national_submission where state = ? and next_attempt_at <= ?"
                        + " order by next_attempt_at, filing_id limit ?")
                .params(state.name(), ts(now), limit).query(Rows.of(Submission.class)).list();
    }

    public Optional<Submission> find(String filingId) {
        return jdbc.sql("select " + COLUMNS + " from national_submission where filing_id = ?")
                .param(filingId).query(Rows.of(Submission.class)).optional();
    }

    /** Accepted by the national side: from now on polled with its receipt. */
    public void sent(String filingId, String receipt, Instant now) {
        jdbc.sql("""
                update national_submission set state = 'SENT', receipt = ?, attempts = 0, last_error = null,
                       sent_at = ?, next_attempt_at = ?, updated_at = ? where filing_id = ? and state = 'WAITING'""")
                .params(receipt, ts(now), ts(now), ts(now), filingId).update();
    }

    /** A send or a poll failed: one more attempt, due again at {@code next}, the error kept for the city. */
    public void failed(String filingId, String error, Instant next, Instant now) {
        jdbc.sql("""
                update national_submission set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                       updated_at = ? where filing_id = ?""")
                .params(error, ts(next), ts(now), filingId).update();
    }

    /** Still pending on the national side: polled again at {@code next}. */
    public void pending(String filingId, Instant next, Instant now) {
        jdbc.sql("""
                update national_submission set attempts = 0, last_error = null, next_attempt_at = ?, updated_at = ?
                 where filing_id = ?""")
                .params(ts(next), ts(now), filingId).update();
    }

    /** The answer was applied to the filing (REGISTERED / REJECTED), or could not be (CLOSED, with why). */
    public void decided(String filingId, State state, @Nullable String filingNumber, @Nullable String reason,
                        @Nullable String error, Instant decidedAt, Instant now) {
        jdbc.sql("""
                update national_submission set state = ?, filing_number = ?, reason = ?, last_error = ?,
                       decided_at = ?, updated_at = ? where filing_id = ?""")
                .params(state.name(), filingNumber, reason, error, ts(decidedAt), ts(now), filingId).update();
    }

    /** For the city's page: newest first, optionally of one state. */
    public PageResult<Submission> list(@Nullable State state, PageQuery page) {
        String where = state == null ? "" : " where state = '" + state.name() + "'";
        long total = jdbc.sql("select count(*) from national_submission" + where).query(Long.class).single();
        List<Submission> items = jdbc.sql("select " + COLUMNS + " from national_submission" + where
                        + " order by created_at desc, filing_id limit ? offset ?")
                .params(page.size(), page.offset()).query(Rows.of(Submission.class)).list();
        return PageResult.of(items, page, total);
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
