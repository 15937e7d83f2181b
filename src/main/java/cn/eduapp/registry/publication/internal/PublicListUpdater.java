package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.enforcement.AppBlacklisted;
import cn.eduapp.registry.enforcement.BlacklistingEnded;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingDeclarationChanged;
import cn.eduapp.registry.filing.FilingRegistered;
import cn.eduapp.registry.filing.FilingsImported;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingTransitioned;
import cn.eduapp.registry.provider.ProviderBanLifted;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.transparency.TransparencyManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.publication.VerificationStatus;
import cn.eduapp.registry.shared.Beijing;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the public read models in step with decisions. Each handler runs after the deciding transaction
 * committed, in its own transaction, redelivered by the event publication registry until it succeeds;
 * it takes a per-provider advisory lock so the handlers of one provider's filings and bans never
 * interleave, and it rebuilds the rows it touches from the current state (a redelivered or late event
 * does no harm).
 */
@Component
class PublicListUpdater {

    /** On the white list (API.md), the latter marked; and only while the provider is not banned. */
    static final Set<FilingStatus> LISTED = EnumSet.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION);
    /** Statuses verify knows; drafts, rejected and cancelled filings answer NOT_FILED. */
    static final List<String> VERIFIABLE = List.of("REGISTERED", "UNDER_RECTIFICATION", "REVOKED");
    static final Set<FilingStatus> CHANGES = EnumSet.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION,
            FilingStatus.REVOKED, FilingStatus.CANCELLED);

    /** The first key of the two-key advisory locks on verification keys (one-key locks are the providers'). */
    static final int VERIFY_KEY_LOCK = 4041;

    private static final String CHANGE = """
            insert into pub_change (event_key, at, kind, filing_number, credit_code, app_name, provider_name, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final FilingManagement filings;
    private final ProviderManagement providers;
    private final TransparencyManagement log;
    private final JsonMapper json;
    private final Clock clock;

    PublicListUpdater(JdbcClient jdbc, JdbcTemplate batch, FilingManagement filings, ProviderManagement providers,
                      JsonMapper json, Clock clock, TransparencyManagement log) {
        this.log = log;
        this.jdbc = jdbc;
        this.batch = batch;
        this.filings = filings;
        this.providers = providers;
        this.json = json;
        this.clock = clock;
    }

    /** Verification keys are re-indexed and their rows written in this order. */
    record Key(String platform, String identifier) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = platform.compareTo(o.platform);
            return c != 0 ? c : identifier.compareTo(o.identifier);
        }
    }

    record ProviderRow(String id, String name, String creditCode, boolean banned) {
    }

    /** A white-list row as shown; a change to any of it starts a new validity period. */
    record Shown(String filingNumber, String appName, String providerName, String creditCode, @Nullable String category,
                 List<String> platforms, String status, @Nullable Instant registeredAt) {
    }

    /** One filing to bring into the read models, with the feed entry it gives (if any). */
    record Target(String filingId, Instant at, @Nullable String changeKind, String changeKey) {
    }

    @ApplicationModuleListener
    void on(FilingTransitioned e) {
        if (e.filingNumber() == null) {
            return; // only filings with a number are public
        }
        String kind = null;
        if (CHANGES.contains(e.to())) {
            kind = e.to() == FilingStatus.REGISTERED && e.from() == FilingStatus.UNDER_RECTIFICATION ? "RECTIFIED" : e.to().name();
        }
        refresh(List.of(new Target(e.filingId(), e.at(), kind, e.filingId() + "|" + e.to() + "|" + e.at())));
    }

    /**
     * Registration is also announced on its own (an import may announce only this); the change key is
     * the one {@link FilingTransitioned} to REGISTERED gives, so the feed names it once.
     */
    @ApplicationModuleListener
    void on(FilingRegistered e) {
        refresh(List.of(registered(e.filingId(), e.at())));
    }

    /** Existing registrations imported in a batch: all go on the lists together, one feed entry each. */
    @ApplicationModuleListener
    void on(FilingsImported e) {
        refresh(e.filings().stream().map(f -> registered(f.filingId(), e.at())).toList());
    }

    private static Target registered(String filingId, Instant at) {
        return new Target(filingId, at, "REGISTERED", filingId + "|" + FilingStatus.REGISTERED + "|" + at);
    }

    /** An approved revision (变更) changed the declaration in force: name and platforms follow. */
    @ApplicationModuleListener
    void on(FilingDeclarationChanged e) {
        refresh(List.of(new Target(e.filingId(), e.at(), null, e.filingId() + "|CHANGED|" + e.revisionId())));
    }

    /**
     * Rebuilds the rows of these filings from their current state, a batch in a handful of statements:
     * providers locked in one order, filings read in one query, rows written in JDBC batches.
     */
    private void refresh(List<Target> targets) {
        Map<String, FilingListing> found = new LinkedHashMap<>();
        for (FilingListing f : filings.listings(targets.stream().map(Target::filingId).toList())) {
            if (f.filingNumber() != null) {
                found.put(f.id(), f);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        Set<String> providerIds = new TreeSet<>(found.values().stream().map(FilingListing::providerId).toList());
        providerIds.forEach(this::lock);
        Map<String, ProviderRow> providerRows = providers(providerIds);
        Instant now = clock.instant();
        List<String> ids = List.copyOf(found.keySet());
        GramCounts counts = new GramCounts();
        jdbc.sql("select category, name_grams from pub_filing where filing_id = any(?) and listed for update")
                .param(ids.toArray(String[]::new))
                .query(rs -> {
                    counts.leave(rs.getString(1), (String[]) rs.getArray(2).getArray());
                });
        List<Object[]> filingRows = new ArrayList<>();
        for (FilingListing v : found.values()) {
            ProviderRow p = providerRows.get(v.providerId());
            boolean listed = LISTED.contains(v.status()) && !p.banned();
            String[] grams = Grams.of(v.appName(), p.name());
            if (listed) {
                counts.enter(v.category(), grams);
            }
            filingRows.add(new Object[] {v.id(), v.filingNumber(), p.id(), p.name(), p.creditCode(), v.appName(),
                    v.category(), v.platforms().stream().map(x -> x.type() + ":" + x.identifier()).toArray(String[]::new),
                    v.status().name(), ts(v.registeredAt()), ts(v.revokedAt()), listed, grams, Timestamp.from(now)});
        }
        batch.batchUpdate("""
                insert into pub_filing (filing_id, filing_number, provider_id, provider_name, credit_code, app_name,
                                        category, platforms, status, registered_at, revoked_at, listed, name_grams, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (filing_id) do update set filing_number = excluded.filing_number,
                    app_name = excluded.app_name, category = excluded.category, platforms = excluded.platforms,
                    status = excluded.status, registered_at = excluded.registered_at, revoked_at = excluded.revoked_at,
                    listed = excluded.listed, name_grams = excluded.name_grams, updated_at = excluded.updated_at""",
                filingRows);
        counts.write(batch);
        Set<Key> keys = new TreeSet<>(platformKeys(ids));
        jdbc.sql("delete from pub_filing_platform where filing_id = any(?)").param(ids.toArray(String[]::new)).update();
        List<Object[]> platformRows = new ArrayList<>();
        for (FilingListing v : found.values()) {
            for (FilingListing.Platform platform : v.platforms()) {
                keys.add(new Key(platform.type(), platform.identifier()));
                platformRows.add(new Object[] {v.id(), platform.type(), platform.identifier()});
            }
        }
        batch.batchUpdate("insert into pub_filing_platform (filing_id, platform, identifier) values (?, ?, ?) on conflict do nothing",
                platformRows);
        Map<String, Instant> at = new LinkedHashMap<>();
        targets.forEach(t -> at.putIfAbsent(t.filingId(), t.at()));
        syncPeriods(ids, at);
        reindex(keys);
        providerRows.values().stream().filter(ProviderRow::banned).forEach(p -> refreshAppNames(p.id()));
        List<Object[]> changes = new ArrayList<>();
        for (Target t : targets) {
            FilingListing v = found.get(t.filingId());
            if (t.changeKind() != null && v != null) {
                ProviderRow p = providerRows.get(v.providerId());
                changes.add(new Object[] {t.changeKey(), Timestamp.from(t.at()), t.changeKind(), v.filingNumber(),
                        p.creditCode(), v.appName(), p.name(), null});
            }
        }
        batch.batchUpdate(CHANGE, changes);
        bump(now);
    }

    /** An app listed by a decision: on the black list, off the white list (revoked), verify answers BLACKLISTED. */
    @ApplicationModuleListener
    void on(AppBlacklisted e) {
        lock(e.providerId());
        Instant now = clock.instant();
        jdbc.sql("""
                insert into pub_blacklist_entry (entry_id, filing_id, filing_number, app_name, decision_number, provider_id,
                                                 provider_name, credit_code, app_names, reason, clause, listed_on,
                                                 ban_until, listed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (entry_id) do nothing""")
                .params(e.entryId(), e.filingId(), e.filingNumber(), e.appName(), e.decisionNumber(), e.providerId(),
                        e.providerName(), e.creditCode(), new String[] {e.appName()}, e.reason(), e.clause(),
                        Date.valueOf(e.listedOn()), Date.valueOf(e.listedUntil()), Timestamp.from(now))
                .update();
        markBlacklisted(e.filingId(), true);
        change("APP_LISTED|" + e.entryId(), now, "BLACKLISTED", e.filingNumber(), e.creditCode(), e.appName(),
                e.providerName(), e.reason() + "（" + e.clause() + "，" + e.decisionNumber() + "），至 " + e.listedUntil());
        bump(now);
    }

    /** A listing ended (expiry, early removal, annulment): off the black list; verify answers as the filing stands. */
    @ApplicationModuleListener
    void on(BlacklistingEnded e) {
        lock(e.providerId());
        Instant now = clock.instant();
        jdbc.sql("update pub_blacklist_entry set ended_at = ? where entry_id = ? and ended_at is null")
                .params(Timestamp.from(e.at()), e.entryId()).update();
        markBlacklisted(e.filingId(), false);
        String creditCode = jdbc.sql("select credit_code from pub_blacklist_entry where entry_id = ?").param(e.entryId())
                .query(String.class).optional().orElse("");
        String providerName = jdbc.sql("select provider_name from pub_blacklist_entry where entry_id = ?")
                .param(e.entryId()).query(String.class).optional().orElse("");
        change("APP_UNLISTED|" + e.entryId(), now, "BLACKLIST_ENDED", e.filingNumber(), creditCode, e.appName(),
                providerName, e.reason());
        bump(now);
    }

    private void markBlacklisted(String filingId, boolean blacklisted) {
        jdbc.sql("update pub_filing set blacklisted = ?, updated_at = ? where filing_id = ?")
                .params(blacklisted, Timestamp.from(clock.instant()), filingId).update();
        reindex(new TreeSet<>(platformKeys(List.of(filingId))));
    }

    @ApplicationModuleListener
    void on(ProviderBanLifted e) {
        lock(e.providerId());
        Instant now = clock.instant();
        jdbc.sql("""
                insert into pub_provider (provider_id, name, credit_code, banned) values (?, ?, ?, false)
                on conflict (provider_id) do update set banned = false""")
                .params(e.providerId(), e.providerName(), e.creditCode()).update();
        jdbc.sql("update pub_blacklist_entry set ended_at = ? where provider_id = ? and ended_at is null and entry_id is null")
                .params(Timestamp.from(now), e.providerId()).update();
        relist(e.providerId(), true, now);
        change("LIFTED|" + e.providerId() + "|" + e.liftedOn(), now, "BAN_LIFTED", null, e.creditCode(), null,
                e.providerName(), null);
        bump(now);
    }

    /** After a ban or its end: every filing of the provider on or off the white list, and re-verified. */
    private void relist(String providerId, boolean allowed, Instant at) {
        GramCounts counts = new GramCounts();
        List<String> ids = new ArrayList<>();
        jdbc.sql("""
                        with old as (select filing_id, listed from pub_filing where provider_id = ? for update)
                        update pub_filing f set listed = ? and f.status in ('REGISTERED', 'UNDER_RECTIFICATION'), updated_at = ?
                          from old where f.filing_id = old.filing_id
                        returning f.filing_id, old.listed, f.listed, f.category, f.name_grams""")
                .params(providerId, allowed, Timestamp.from(at))
                .query(rs -> {
                    ids.add(rs.getString(1));
                    boolean was = rs.getBoolean(2);
                    boolean is = rs.getBoolean(3);
                    if (was != is) {
                        String[] grams = (String[]) rs.getArray(5).getArray();
                        if (is) {
                            counts.enter(rs.getString(4), grams);
                        } else {
                            counts.leave(rs.getString(4), grams);
                        }
                    }
                });
        counts.write(batch);
        Map<String, Instant> from = new LinkedHashMap<>();
        ids.forEach(id -> from.put(id, at));
        syncPeriods(ids, from);
        reindex(new TreeSet<>(platformKeys(ids)));
    }

    /**
     * Keeps each filing's open white-list period in step with its row: a period ends when the row leaves the
     * list or shows something else, and a new one starts (no earlier than the one it follows).
     */
    private void syncPeriods(List<String> filingIds, Map<String, Instant> at) {
        if (filingIds.isEmpty()) {
            return;
        }
        String[] ids = filingIds.toArray(String[]::new);
        Map<String, Shown> listed = new LinkedHashMap<>();
        jdbc.sql("""
                        select filing_id, filing_number, app_name, provider_name, credit_code, category, platforms, status,
                               registered_at from pub_filing where filing_id = any(?) and listed""")
                .param(ids).query(rs -> {
                    listed.put(rs.getString("filing_id"), shown(rs));
                });
        record Open(long id, Shown shown, Instant from) {
        }
        Map<String, Open> open = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, filing_id, filing_number, app_name, provider_name, credit_code, category, platforms,
                               status, registered_at, valid_from from pub_whitelist_period
                         where filing_id = any(?) and valid_to is null""")
                .param(ids).query(rs -> {
                    open.put(rs.getString("filing_id"),
                            new Open(rs.getLong("id"), shown(rs), rs.getTimestamp("valid_from").toInstant()));
                });
        List<Object[]> closes = new ArrayList<>();
        List<Object[]> starts = new ArrayList<>();
        for (String filingId : filingIds) {
            Shown current = listed.get(filingId);
            Open running = open.get(filingId);
            if (current != null && running != null && running.shown().equals(current)) {
                continue;
            }
            Instant from = at.get(filingId);
            if (running != null) {
                if (from.isBefore(running.from())) {
                    from = running.from();
                }
                closes.add(new Object[] {Timestamp.from(from), running.id()});
            }
            if (current != null) {
                starts.add(new Object[] {filingId, current.filingNumber(), current.appName(), current.providerName(),
                        current.creditCode(), current.category(), current.platforms().toArray(String[]::new),
                        current.status(), ts(current.registeredAt()), Timestamp.from(from)});
            }
        }
        batch.batchUpdate("update pub_whitelist_period set valid_to = ? where id = ?", closes);
        batch.batchUpdate("""
                insert into pub_whitelist_period (filing_id, filing_number, app_name, provider_name, credit_code,
                                                  category, platforms, status, registered_at, valid_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", starts);
    }

    /**
     * Recomputes the rows verify reads for these platform + identifier keys: the best candidate per key
     * (a banned provider's first, then by status, then the newest registration), written only if changed.
     */
    void reindex(Set<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String[] platforms = keys.stream().map(Key::platform).toArray(String[]::new);
        String[] identifiers = keys.stream().map(Key::identifier).toArray(String[]::new);
        record Candidate(String filingNumber, String appName, String providerName, @Nullable String category,
                         String status, @Nullable Instant registeredAt, boolean banned) {
            int rank() {
                return banned ? 0 : VERIFIABLE.indexOf(status) + 1;
            }

            List<String> shown() {
                return List.of(banned ? VerificationStatus.BLACKLISTED.name() : status, filingNumber, appName,
                        providerName, category == null ? "" : category);
            }
        }
        Comparator<Candidate> better = Comparator.comparingInt(Candidate::rank)
                .thenComparing(c -> c.registeredAt() == null ? Instant.EPOCH : c.registeredAt(), Comparator.reverseOrder());
        // Each key is locked before its candidates are read and until commit: a handler of another provider's
        // filing that shares the identifier reads them only after this one committed, so the last writer of a
        // key has seen every committed change (two handlers could otherwise each read the other's old row).
        // Locks are taken in the order of their hash, the same in every transaction: no cycle, no deadlock.
        jdbc.sql("""
                        select pg_advisory_xact_lock(?, h) from (
                            select distinct hashtext(k.platform || ':' || k.identifier) as h
                              from unnest(?::text[], ?::text[]) k(platform, identifier) order by h) locks""")
                .params(VERIFY_KEY_LOCK, platforms, identifiers).query((rs, i) -> 1).list();
        Map<Key, Candidate> best = new LinkedHashMap<>();
        jdbc.sql("""
                        select fp.platform, fp.identifier, f.filing_number, f.app_name, f.provider_name, f.category,
                               f.status, f.registered_at,
                               f.blacklisted or (p.banned and exists (select 1 from pub_blacklist_entry e
                                   where e.provider_id = f.provider_id and e.entry_id is null and e.ended_at is null))
                          from unnest(?::text[], ?::text[]) k(platform, identifier)
                          join pub_filing_platform fp on fp.platform = k.platform and fp.identifier = k.identifier
                          join pub_filing f on f.filing_id = fp.filing_id
                          join pub_provider p on p.provider_id = f.provider_id
                         where f.status in ('REGISTERED', 'UNDER_RECTIFICATION', 'REVOKED')""")
                .params(platforms, identifiers)
                .query(rs -> {
                    Candidate c = new Candidate(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), instant(rs.getTimestamp(8)), rs.getBoolean(9));
                    best.merge(new Key(rs.getString(1), rs.getString(2)), c, (a, b) -> better.compare(a, b) <= 0 ? a : b);
                });
        Map<Key, List<String>> existing = new LinkedHashMap<>();
        jdbc.sql("""
                        select v.platform, v.identifier, v.status, v.filing_number, v.app_name, v.provider_name,
                               coalesce(v.category, '')
                          from unnest(?::text[], ?::text[]) k(platform, identifier)
                          join pub_verify v on v.platform = k.platform and v.identifier = k.identifier""")
                .params(platforms, identifiers)
                .query(rs -> {
                    existing.put(new Key(rs.getString(1), rs.getString(2)),
                            List.of(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                });
        Instant asOf = clock.instant();
        Map<String, Long> logIndex = log.latestIndexBehind(best.values().stream().map(Candidate::filingNumber).toList());
        List<Object[]> gone = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Key key : new TreeSet<>(keys)) {
            Candidate c = best.get(key);
            if (c == null) {
                if (existing.containsKey(key)) {
                    gone.add(new Object[] {key.platform(), key.identifier()});
                }
                continue;
            }
            if (c.shown().equals(existing.get(key))) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", c.shown().get(0));
            body.put("filingNumber", c.filingNumber());
            body.put("appName", c.appName());
            body.put("providerName", c.providerName());
            body.put("category", c.category());
            body.put("asOf", asOf);
            body.put("logIndex", logIndex.get(c.filingNumber()));
            rows.add(new Object[] {key.platform(), key.identifier(), c.shown().get(0), c.filingNumber(), c.appName(),
                    c.providerName(), c.category(), Timestamp.from(asOf), logIndex.get(c.filingNumber()),
                    json.writeValueAsString(body)});
        }
        batch.batchUpdate("delete from pub_verify where platform = ? and identifier = ?", gone);
        batch.batchUpdate("""
                insert into pub_verify (platform, identifier, status, filing_number, app_name, provider_name, category, as_of,
                                        log_index, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (platform, identifier) do update set status = excluded.status,
                    filing_number = excluded.filing_number, app_name = excluded.app_name,
                    provider_name = excluded.provider_name, category = excluded.category, as_of = excluded.as_of,
                    log_index = excluded.log_index, body = excluded.body""", rows);
    }

    /** The public rows of these providers, made from their snapshots the first time a provider is seen. */
    private Map<String, ProviderRow> providers(Set<String> providerIds) {
        Map<String, ProviderRow> rows = new LinkedHashMap<>();
        // banned here means listed as a provider before issue 20 (a running entry without an app); a ban since then
        // only bars new filings and keeps nothing off the lists
        jdbc.sql("""
                        select provider_id, name, credit_code, banned and exists (select 1 from pub_blacklist_entry e
                                where e.provider_id = pub_provider.provider_id and e.entry_id is null and e.ended_at is null)
                          from pub_provider where provider_id = any(?)""")
                .param(providerIds.toArray(String[]::new))
                .query(rs -> {
                    rows.put(rs.getString(1), new ProviderRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                });
        List<String> unknown = providerIds.stream().filter(id -> !rows.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            List<Object[]> inserts = new ArrayList<>();
            for (ProviderSnapshot s : providers.snapshots(unknown).values()) {
                ProviderRow row = new ProviderRow(s.id(), s.name(), s.creditCode().value(), false);
                rows.put(row.id(), row);
                inserts.add(new Object[] {row.id(), row.name(), row.creditCode(), row.banned()});
            }
            batch.batchUpdate("insert into pub_provider (provider_id, name, credit_code, banned) values (?, ?, ?, ?) on conflict do nothing",
                    inserts);
        }
        return rows;
    }

    private String[] appNames(String providerId) {
        return jdbc.sql("""
                        select distinct app_name from pub_filing
                         where provider_id = ? and status in ('REGISTERED', 'UNDER_RECTIFICATION', 'REVOKED')
                         order by app_name""")
                .param(providerId).query(String.class).list().toArray(String[]::new);
    }

    private void refreshAppNames(String providerId) {
        jdbc.sql("update pub_blacklist_entry set app_names = ? where provider_id = ? and ended_at is null")
                .params(appNames(providerId), providerId).update();
    }

    private List<Key> platformKeys(List<String> filingIds) {
        return jdbc.sql("select platform, identifier from pub_filing_platform where filing_id = any(?)")
                .param(filingIds.toArray(String[]::new))
                .query((rs, i) -> new Key(rs.getString(1), rs.getString(2))).list();
    }

    private void change(String eventKey, Instant at, String kind, @Nullable String filingNumber, String creditCode,
                        @Nullable String appName, String providerName, @Nullable String detail) {
        jdbc.sql(CHANGE).params(eventKey, Timestamp.from(at), kind, filingNumber, creditCode, appName, providerName, detail)
                .update();
    }

    /** The version behind every export's and the feed's ETag. Taken last, so locks are always in one order. */
    private void bump(Instant now) {
        jdbc.sql("update pub_state set version = version + 1, changed_at = greatest(changed_at, ?) where id = 1")
                .param(Timestamp.from(now)).update();
    }

    private void lock(String providerId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("pub:" + providerId).query((rs, i) -> 1).list();
    }

    static Shown shown(ResultSet rs) throws SQLException {
        return new Shown(rs.getString("filing_number"), rs.getString("app_name"), rs.getString("provider_name"),
                rs.getString("credit_code"), rs.getString("category"), strings(rs.getArray("platforms")),
                rs.getString("status"), instant(rs.getTimestamp("registered_at")));
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
