package cn.eduapp.registry.publication.internal.persistence;

import cn.eduapp.registry.publication.internal.domain.VerifyKey;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The white list's rows: {@code pub_filing}, its platforms and the providers as the public knows them. */
@Repository
public class PublicFilingRows {

    /** A provider as published; {@code banned}: listed as a provider before issue 20 (a running entry without an app). */
    public record ProviderRow(String providerId, String name, String creditCode, boolean banned) {
    }

    /** One filing's row as written. */
    public record FilingRow(String filingId, String filingNumber, ProviderRow provider, String appName,
                            @Nullable String category, List<String> platforms, String status, @Nullable Instant registeredAt,
                            @Nullable Instant revokedAt, boolean listed, String[] grams) {
    }

    /** A row's listing before and after a change, with what its gram counts need. */
    public record Listing(String filingId, boolean wasListed, boolean listed, @Nullable String category, String[] grams) {
    }

    /** A listing as read: the name's grams as a list. */
    record ListingRow(String filingId, boolean wasListed, boolean listed, @Nullable String category,
                      List<String> nameGrams) {
        Listing listing() {
            return new Listing(filingId, wasListed, listed, category, nameGrams.toArray(String[]::new));
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PublicFilingRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One provider's filings and bans are handled one at a time (until commit). */
    public void lockProvider(String providerId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("pub:" + providerId).query((rs, i) -> 1).list();
    }

    public Map<String, ProviderRow> providers(Set<String> providerIds) {
        Map<String, ProviderRow> rows = new LinkedHashMap<>();
        // a ban since issue 20 only bars new filings and keeps nothing off the lists
        jdbc.sql("""
                        select provider_id, name, credit_code, banned and exists (select 1 from pub_blacklist_entry e
                                where e.provider_id = pub_provider.provider_id and e.entry_id is null and e.ended_at is null)
                               as banned
                          from pub_provider where provider_id = any(?)""")
                .param(providerIds.toArray(String[]::new))
                .query(Rows.of(ProviderRow.class)).list().forEach(p -> rows.put(p.providerId(), p));
        return rows;
    }

    public void insertProviders(List<ProviderRow> providers) {
        batch.batchUpdate("insert into pub_provider (provider_id, name, credit_code, banned) values (?, ?, ?, ?) on conflict do nothing",
                providers.stream().map(p -> new Object[] {p.providerId(), p.name(), p.creditCode(), p.banned()}).toList());
    }

    /** The ban ended: the provider is no longer listed as such. */
    public void unban(String providerId, String name, String creditCode) {
        jdbc.sql("""
                insert into pub_provider (provider_id, name, credit_code, banned) values (?, ?, ?, false)
                on conflict (provider_id) do update set banned = false""")
                .params(providerId, name, creditCode).update();
    }

    /** The listed rows of these filings, locked: their gram counts leave before the rows are rewritten. */
    public List<Listing> lockListed(List<String> filingIds) {
        return jdbc.sql("""
                        select filing_id, true as was_listed, false as listed, category, name_grams from pub_filing
                         where filing_id = any(?) and listed for update""")
                .param(filingIds.toArray(String[]::new)).query(Rows.of(ListingRow.class)).list()
                .stream().map(ListingRow::listing).toList();
    }

    public void upsert(List<FilingRow> rows, Instant now) {
        batch.batchUpdate("""
                insert into pub_filing (filing_id, filing_number, provider_id, provider_name, credit_code, app_name,
                                        category, platforms, status, registered_at, revoked_at, listed, name_grams, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (filing_id) do update set filing_number = excluded.filing_number,
                    app_name = excluded.app_name, category = excluded.category, platforms = excluded.platforms,
                    status = excluded.status, registered_at = excluded.registered_at, revoked_at = excluded.revoked_at,
                    listed = excluded.listed, name_grams = excluded.name_grams, updated_at = excluded.updated_at""",
                rows.stream().map(r -> new Object[] {r.filingId(), r.filingNumber(), r.provider().providerId(),
                        r.provider().name(), r.provider().creditCode(), r.appName(), r.category(),
                        r.platforms().toArray(String[]::new), r.status(), Columns.timestamp(r.registeredAt()),
                        Columns.timestamp(r.revokedAt()), r.listed(), r.grams(), Timestamp.from(now)}).toList());
    }

    public List<VerifyKey> platformKeys(List<String> filingIds) {
        return jdbc.sql("select platform, identifier from pub_filing_platform where filing_id = any(?)")
                .param(filingIds.toArray(String[]::new)).query(Rows.of(VerifyKey.class)).list();
    }

    /** The filings' platform keys become {@code keys} (filing id → its keys). */
    public void replacePlatforms(Map<String, List<VerifyKey>> keys) {
        jdbc.sql("delete from pub_filing_platform where filing_id = any(?)").param(keys.keySet().toArray(String[]::new)).update();
        List<Object[]> rows = new ArrayList<>();
        keys.forEach((filingId, ks) -> ks.forEach(k -> rows.add(new Object[] {filingId, k.platform(), k.identifier()})));
        batch.batchUpdate("insert into pub_filing_platform (filing_id, platform, identifier) values (?, ?, ?) on conflict do nothing",
                rows);
    }

    /** Every filing of the provider on the white list ({@code allowed}, if its status is) or off it. */
    public List<Listing> relist(String providerId, boolean allowed, Instant at) {
        return jdbc.sql("""
                        with old as (select filing_id, listed from pub_filing where provider_id = ? for update)
                        update pub_filing f set listed = ? and f.status in ('REGISTERED', 'UNDER_RECTIFICATION'), updated_at = ?
                          from old where f.filing_id = old.filing_id
                        returning f.filing_id, old.listed as was_listed, f.listed, f.category, f.name_grams""")
                .params(providerId, allowed, Timestamp.from(at)).query(Rows.of(ListingRow.class)).list()
                .stream().map(ListingRow::listing).toList();
    }

    public void markBlacklisted(String filingId, boolean blacklisted, Instant at) {
        jdbc.sql("update pub_filing set blacklisted = ?, updated_at = ? where filing_id = ?")
                .params(blacklisted, Timestamp.from(at), filingId).update();
    }

    /** The provider's apps the public knows (registered, under rectification or revoked), by name. */
    public String[] appNames(String providerId) {
        return jdbc.sql("""
                        select distinct app_name from pub_filing
                         where provider_id = ? and status in ('REGISTERED', 'UNDER_RECTIFICATION', 'REVOKED')
                         order by app_name""")
                .param(providerId).query(String.class).list().toArray(String[]::new);
    }

    /** The gram counts gathered while rows changed, written in gram order. */
    public void write(GramCounts counts) {
        counts.write(batch);
    }

    /** Whether the filing is on the public side at all (it has a number). */
    public boolean exists(String filingId) {
        return jdbc.sql("select count(*) from pub_filing where filing_id = ?").param(filingId).query(Long.class).single() > 0;
    }
}
