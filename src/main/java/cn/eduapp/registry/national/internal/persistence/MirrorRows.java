package cn.eduapp.registry.national.internal.persistence;

import cn.eduapp.registry.national.NationalApp;
import cn.eduapp.registry.national.NationalAppStatus;
import cn.eduapp.registry.national.NationalPlatform;
import cn.eduapp.registry.national.NationalSyncState;
import cn.eduapp.registry.system.data.Like;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement of the national mirror: the apps, their platforms and the sync's state row. */
@Repository
public class MirrorRows {

    private static final String SYNC = "apps";
    private static final String COLUMNS = """
            filing_number, app_name, provider_name, credit_code, province, category, status, registered_at, changed_at""";

    private final JdbcClient jdbc;

    MirrorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record AppRow(String filingNumber, String appName, String providerName, @Nullable String creditCode, String province,
                  @Nullable String category, NationalAppStatus status, @Nullable Instant registeredAt, Instant changedAt) {
    }

    record PlatformRow(String filingNumber, String platform, String identifier) {
    }

    /**
     * Inserts the app or updates it when this change is not older than the stored one (the same change again
     * writes the same row); its platforms replaced. True when the row was written.
     */
    public boolean upsert(NationalApp a, Instant syncedAt) {
        int rows = jdbc.sql("""
                insert into national_app (filing_number, app_name, provider_name, credit_code, province, category, status,
                       registered_at, changed_at, synced_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (filing_number) do update set app_name = excluded.app_name,
                       provider_name = excluded.provider_name, credit_code = excluded.credit_code,
                       province = excluded.province, category = excluded.category, status = excluded.status,
                       registered_at = excluded.registered_at, changed_at = excluded.changed_at, synced_at = excluded.synced_at
                 where national_app.changed_at <= excluded.changed_at""")
                .params(a.filingNumber(), a.appName(), a.providerName(), a.creditCode(), a.province(), a.category(),
                        a.status().name(), ts(a.registeredAt()), ts(a.changedAt()), ts(syncedAt))
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from national_app_platform where filing_number = ?").param(a.filingNumber()).update();
        for (NationalPlatform p : a.platforms()) {
            jdbc.sql("""
                    insert into national_app_platform (filing_number, platform, identifier) values (?, ?, ?)
                    on conflict do nothing""").params(a.filingNumber(), p.type(), p.identifier()).update();
        }
        return true;
    }

    public Optional<NationalApp> byNumber(String filingNumber) {
        return apps("where filing_number = ?", List.of(filingNumber)).stream().findFirst();
    }

    /** The app listed for this platform and identifier (exact); a REGISTERED one wins over a revoked or cancelled one. */
    public Optional<NationalApp> byPlatform(String platform, String identifier) {
        return apps("""
                where filing_number in (select filing_number from national_app_platform where platform = ? and identifier = ?)
                order by case status when 'REGISTERED' then 0 when 'REVOKED' then 1 else 2 end, changed_at desc limit 1""",
                List.of(platform, identifier)).stream().findFirst();
    }

    public Optional<NationalApp> byIdentifier(String identifier) {
        return apps("""
                where filing_number in (select filing_number from national_app_platform where identifier = ?)
                order by case status when 'REGISTERED' then 0 when 'REVOKED' then 1 else 2 end, changed_at desc limit 1""",
                List.of(identifier)).stream().findFirst();
    }

    /** Search by app or provider name (contains), filing number, credit code or identifier (exact); newest change first. */
    public PageResult<NationalApp> search(@Nullable String q, PageQuery page) {
        String where = "where true";
        List<Object> params = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            String t = q.trim();
            where = """
                    where (app_name ilike ? escape '\\' or provider_name ilike ? escape '\\' or filing_number = ?
                           or credit_code = ? or filing_number in (select filing_number from national_app_platform where identifier = ?))""";
            params.addAll(List.of(Like.containing(t), Like.containing(t), t, t.toUpperCase(java.util.Locale.ROOT), t));
        }
        long total = jdbc.sql("select count(*) from national_app " + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size());
        paged.add(page.offset());
        return PageResult.of(apps(where + " order by changed_at desc, filing_number limit ? offset ?", paged), page, total);
    }

    public long count() {
        return jdbc.sql("select count(*) from national_app").query(Long.class).single();
    }

    private List<NationalApp> apps(String where, List<Object> params) {
        List<AppRow> rows = jdbc.sql("select " + COLUMNS + " from national_app " + where).params(params)
                .query(Rows.of(AppRow.class)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<NationalPlatform>> platforms = new LinkedHashMap<>();
        jdbc.sql("""
                select filing_number, platform, identifier from national_app_platform
                 where filing_number = any (?) order by platform, identifier""")
                .param(rows.stream().map(AppRow::filingNumber).toArray(String[]::new))
                .query(Rows.of(PlatformRow.class)).list()
                .forEach(p -> platforms.computeIfAbsent(p.filingNumber(), k -> new ArrayList<>())
                        .add(new NationalPlatform(p.platform(), p.identifier())));
        return rows.stream().map(r -> new NationalApp(r.filingNumber(), r.appName(), r.providerName(), r.creditCode(),
                r.province(), r.category(), r.status(), platforms.getOrDefault(r.filingNumber(), List.of()),
                r.registeredAt(), r.changedAt())).toList();
    }

    // --- the sync's state ---

    record StateRow(@Nullable String cursor, @Nullable Instant lastRunAt, @Nullable Instant lastSuccessAt, int lastFetched,
                    int lastUpserted, int lastSkipped, @Nullable String lastError, @Nullable Instant lastErrorAt) {
    }

    public NationalSyncState state() {
        StateRow s = jdbc.sql("""
                select cursor, last_run_at, last_success_at, last_fetched, last_upserted, last_skipped, last_error, last_error_at
                  from national_sync_state where name = ?""").param(SYNC).query(Rows.of(StateRow.class)).single();
        return new NationalSyncState(s.cursor(), s.lastRunAt(), s.lastSuccessAt(), s.lastFetched(), s.lastUpserted(),
                s.lastSkipped(), s.lastError(), s.lastErrorAt(), count());
    }

    public @Nullable String cursor() {
        return jdbc.sql("select cursor from national_sync_state where name = ?").param(SYNC).query(String.class).optional()
                .orElse(null);
    }

    /** A page applied: where the next run resumes (in the page's transaction). */
    public void saveCursor(String cursor) {
        jdbc.sql("update national_sync_state set cursor = ? where name = ?").params(cursor, SYNC).update();
    }

    public void recordSuccess(Instant at, int fetched, int upserted, int skipped) {
        jdbc.sql("""
                update national_sync_state set last_run_at = ?, last_success_at = ?, last_fetched = ?, last_upserted = ?,
                       last_skipped = ?, last_error = null where name = ?""")
                .params(ts(at), ts(at), fetched, upserted, skipped, SYNC).update();
    }

    public void recordFailure(Instant at, int fetched, int upserted, int skipped, String error) {
        jdbc.sql("""
                update national_sync_state set last_run_at = ?, last_fetched = ?, last_upserted = ?, last_skipped = ?,
                       last_error = ?, last_error_at = ? where name = ?""")
                .params(ts(at), fetched, upserted, skipped, error, ts(at), SYNC).update();
    }

    private static @Nullable Timestamp ts(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
