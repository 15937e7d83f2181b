package cn.eduapp.registry.publication.internal.persistence;

import cn.eduapp.registry.publication.internal.domain.ShownRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code pub_whitelist_period}: each listed row as shown, valid from .. to, behind the dated (asOf) exports. */
@Repository
public class WhitelistPeriodRows {

    /** A period still running. */
    public record Open(long id, ShownRow shown, Instant from) {
    }

    /** A period to start. */
    public record Start(String filingId, ShownRow shown, Instant from) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    WhitelistPeriodRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The rows of these filings that are on the white list now, as shown (filing id → row). */
    public Map<String, ShownRow> listedNow(String[] filingIds) {
        Map<String, ShownRow> listed = new LinkedHashMap<>();
        jdbc.sql("""
                        select filing_id, filing_number, app_name, provider_name, credit_code, category, platforms, status,
                               registered_at from pub_filing where filing_id = any(?) and listed""")
                .param(filingIds).query(rs -> {
                    listed.put(rs.getString("filing_id"), shown(rs));
                });
        return listed;
    }

    /** The running periods of these filings (filing id → period). */
    public Map<String, Open> open(String[] filingIds) {
        Map<String, Open> open = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, filing_id, filing_number, app_name, provider_name, credit_code, category, platforms,
                               status, registered_at, valid_from from pub_whitelist_period
                         where filing_id = any(?) and valid_to is null""")
                .param(filingIds).query(rs -> {
                    open.put(rs.getString("filing_id"),
                            new Open(rs.getLong("id"), shown(rs), rs.getTimestamp("valid_from").toInstant()));
                });
        return open;
    }

    /** Ends periods (id → end) and starts others. */
    public void write(Map<Long, Instant> ends, List<Start> starts) {
        batch.batchUpdate("update pub_whitelist_period set valid_to = ? where id = ?",
                ends.entrySet().stream().map(e -> new Object[] {Timestamp.from(e.getValue()), e.getKey()}).toList());
        batch.batchUpdate("""
                insert into pub_whitelist_period (filing_id, filing_number, app_name, provider_name, credit_code,
                                                  category, platforms, status, registered_at, valid_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                starts.stream().map(s -> new Object[] {s.filingId(), s.shown().filingNumber(), s.shown().appName(),
                        s.shown().providerName(), s.shown().creditCode(), s.shown().category(),
                        s.shown().platforms().toArray(String[]::new), s.shown().status(),
                        Columns.timestamp(s.shown().registeredAt()), Timestamp.from(s.from())}).toList());
    }

    private static ShownRow shown(ResultSet rs) throws SQLException {
        return new ShownRow(rs.getString("filing_number"), rs.getString("app_name"), rs.getString("provider_name"),
                rs.getString("credit_code"), rs.getString("category"), Columns.strings(rs, "platforms"),
                rs.getString("status"), Columns.instant(rs, "registered_at"));
    }
}
