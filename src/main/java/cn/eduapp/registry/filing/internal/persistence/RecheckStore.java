package cn.eduapp.registry.filing.internal.persistence;

import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.Finding;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** What the re-check of registered filings reads and writes: filings in batches, alerts, the last run. */
@Repository
public class RecheckStore {

    /** A registered filing as the re-check reads it. */
    public record Row(String id, String providerId, @Nullable String filingNumber, Declaration app, boolean imported,
                      @Nullable Category category, boolean categoryCorrected) {
    }

    private record Stored(String id, String providerId, @Nullable String filingNumber, String app, boolean imported,
                          @Nullable Category category, boolean categoryCorrected) {
    }

    private record AlertedRule(String filingId, String ruleId) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    RecheckStore(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Up to {@code limit} live filings (of one provider or all) after {@code after}, by id. */
    public List<Row> batch(@Nullable String providerId, String after, int limit) {
        String sql = """
                select id, provider_id, filing_number, app, imported, category, category_corrected
                  from filing where status in ('REGISTERED', 'UNDER_RECTIFICATION') and id > ?::uuid"""
                + (providerId == null ? "" : " and provider_id = ?::uuid") + " order by id limit " + limit;
        var spec = jdbc.sql(sql).param(after);
        if (providerId != null) {
            spec = spec.param(providerId);
        }
        return spec.query(Rows.of(Stored.class)).list().stream()
                .map(r -> new Row(r.id(), r.providerId(), r.filingNumber(), mapper.readValue(r.app(), Declaration.class),
                        r.imported(), r.category(), r.categoryCorrected()))
                .toList();
    }

    public Optional<String> lastRuleSetVersion() {
        return jdbc.sql("select last_rule_set_version from recheck_state where id = 1").query(String.class).optional();
    }

    public void ran(String ruleSetVersion, Instant at) {
        jdbc.sql("update recheck_state set last_rule_set_version = ?, last_run_at = ? where id = 1")
                .params(ruleSetVersion, Timestamp.from(at)).update();
    }

    /** Rules already alerted for these filings: open alerts, and dismissed ones whose rule never passed since. */
    public Map<String, Set<String>> openRules(List<String> filingIds) {
        Map<String, Set<String>> open = new HashMap<>();
        UUID[] ids = filingIds.stream().map(UUID::fromString).toArray(UUID[]::new);
        jdbc.sql("""
                select filing_id::text as filing_id, rule_id from recheck_alert
                 where filing_id = any(?) and (status = 'OPEN' or (status = 'DISMISSED' and cleared_at is null))""")
                .param(ids)
                .query(Rows.of(AlertedRule.class))
                .list()
                .forEach(r -> open.computeIfAbsent(r.filingId(), k -> new HashSet<>()).add(r.ruleId()));
        return open;
    }

    /** An open alert unless one is open for this filing and rule; true when raised. */
    public boolean raise(String alertId, Row r, Finding f, Instant now) {
        return jdbc.sql("""
                insert into recheck_alert (id, filing_id, filing_number, provider_id, rule_id, clause, message,
                                           raised_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                on conflict (filing_id, rule_id) where status = 'OPEN' do nothing""")
                .params(UUID.fromString(alertId), UUID.fromString(r.id()), r.filingNumber(),
                        UUID.fromString(r.providerId()), f.ruleId(), f.clause(), f.message(), Timestamp.from(now))
                .update() == 1;
    }

    /** The rule passes again: its open alert is RESOLVED, a dismissed one cleared. Returns the alerts resolved. */
    public int passes(String filingId, String rule, Instant now) {
        int resolved = jdbc.sql("""
                update recheck_alert set status = 'RESOLVED', closed_at = ?, closed_by = 'system'
                 where filing_id = ? and rule_id = ? and status = 'OPEN'""")
                .params(Timestamp.from(now), UUID.fromString(filingId), rule).update();
        jdbc.sql("""
                update recheck_alert set cleared_at = ?
                 where filing_id = ? and rule_id = ? and status = 'DISMISSED' and cleared_at is null""")
                .params(Timestamp.from(now), UUID.fromString(filingId), rule).update();
        return resolved;
    }
}
