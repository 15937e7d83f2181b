package cn.eduapp.registry.publication.internal.persistence;

import cn.eduapp.registry.publication.internal.domain.ShownRow;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

    /** A listed row of a filing, as shown. */
    record Listed(String filingId, String filingNumber, String appName, String providerName, String creditCode,
                  @Nullable String category, List<String> platforms, String status, @Nullable Instant registeredAt) {
        ShownRow shown() {
            return new ShownRow(filingNumber, appName, providerName, creditCode, category, platforms, status, registeredAt);
        }
    }

    /** A running period of a filing: its row as shown since {@code validFrom}. */
    record Running(long id, String filingId, String filingNumber, String appName, String providerName, String creditCode,
                   @Nullable String category, List<String> platforms, String status, @Nullable Instant registeredAt,
                   Instant validFrom) {
        Open open() {
            return new Open(id, new ShownRow(filingNumber, appName, providerName, creditCode, category, platforms, status,
                    registeredAt), validFrom);
        }
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
                .param(filingIds).query(Rows.of(Listed.class)).list().forEach(r -> listed.put(r.filingId(), r.shown()));
        return listed;
    }

    /** The running periods of these filings (filing id → period). */
    public Map<String, Open> open(String[] filingIds) {
        Map<String, Open> open = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, filing_id, filing_number, app_name, provider_name, credit_code, category, platforms,
                               status, registered_at, valid_from from pub_whitelist_period
                         where filing_id = any(?) and valid_to is null""")
                .param(filingIds).query(Rows.of(Running.class)).list().forEach(r -> open.put(r.filingId(), r.open()));
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
}
