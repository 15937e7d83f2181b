package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingDeclarationChanged;
import cn.eduapp.registry.filing.FilingRegistered;
import cn.eduapp.registry.filing.FilingsImported;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingTransitioned;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.provider.ProviderBanLifted;
import cn.eduapp.registry.provider.ProviderBanned;
import cn.eduapp.registry.provider.ProviderManagement;
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

    private final JdbcClient jdbc;
    private final FilingManagement filings;
    private final ProviderManagement providers;
    private final JsonMapper json;
    private final Clock clock;

    PublicListUpdater(JdbcClient jdbc, FilingManagement filings, ProviderManagement providers, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.filings = filings;
        this.providers = providers;
        this.json = json;
        this.clock = clock;
    }

    /** Verification keys are always locked in this order, so two handlers sharing identifiers cannot deadlock. */
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

    @ApplicationModuleListener
    void on(FilingTransitioned e) {
        if (e.filingNumber() == null) {
            return; // only filings with a number are public
        }
        String kind = null;
        if (CHANGES.contains(e.to())) {
            kind = e.to() == FilingStatus.REGISTERED && e.from() == FilingStatus.UNDER_RECTIFICATION ? "RECTIFIED" : e.to().name();
        }
        refresh(e.filingId(), e.providerId(), e.at(), kind, e.filingId() + "|" + e.to() + "|" + e.at());
    }

    /**
     * Registration is also announced on its own (an import may announce only this); the change key is
     * the one {@link FilingTransitioned} to REGISTERED gives, so the feed names it once.
     */
    @ApplicationModuleListener
    void on(FilingRegistered e) {
        refresh(e.filingId(), e.providerId(), e.at(), "REGISTERED", e.filingId() + "|" + FilingStatus.REGISTERED + "|" + e.at());
    }

    /** Existing registrations imported in a batch: each goes on the lists, one feed entry each. */
    @ApplicationModuleListener
    void on(FilingsImported e) {
        for (FilingsImported.Imported f : e.filings()) {
            refresh(f.filingId(), f.providerId(), e.at(), "REGISTERED", f.filingId() + "|" + FilingStatus.REGISTERED + "|" + e.at());
        }
    }

    /** An approved revision (变更) changed the declaration in force: name and platforms follow. */
    @ApplicationModuleListener
    void on(FilingDeclarationChanged e) {
        refresh(e.filingId(), e.providerId(), e.at(), null, e.filingId() + "|CHANGED|" + e.revisionId());
    }

    private void refresh(String filingId, String providerId, Instant at, @Nullable String changeKind, String changeKey) {
        lock(providerId);
        FilingView v = filings.find(filingId).orElse(null);
        if (v == null || v.filingNumber() == null) {
            return;
        }
        ProviderRow p = provider(v.provider().id());
        List<String> platforms = v.app().platforms().stream().map(x -> x.type().name() + ":" + x.identifier())
                .distinct().toList();
        boolean listed = LISTED.contains(v.status()) && !p.banned();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into pub_filing (filing_id, filing_number, provider_id, provider_name, credit_code, app_name,
                                        category, platforms, status, registered_at, revoked_at, listed, name_grams, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (filing_id) do update set filing_number = excluded.filing_number,
                    app_name = excluded.app_name, category = excluded.category, platforms = excluded.platforms,
                    status = excluded.status, registered_at = excluded.registered_at, revoked_at = excluded.revoked_at,
                    listed = excluded.listed, name_grams = excluded.name_grams, updated_at = excluded.updated_at""")
                .params(v.id(), v.filingNumber(), p.id(), p.name(), p.creditCode(), v.app().name(),
                        v.category() == null ? null : v.category().name(), platforms.toArray(String[]::new),
                        v.status().name(), ts(v.registeredAt()), ts(v.revokedAt()), listed,
                        Grams.of(v.app().name(), p.name()), Timestamp.from(now))
                .update();
        Set<Key> keys = new TreeSet<>(platformKeys(v.id()));
        jdbc.sql("delete from pub_filing_platform where filing_id = ?").param(v.id()).update();
        for (var platform : v.app().platforms()) {
            Key k = new Key(platform.type().name(), platform.identifier());
            keys.add(k);
            jdbc.sql("insert into pub_filing_platform (filing_id, platform, identifier) values (?, ?, ?) on conflict do nothing")
                    .params(v.id(), k.platform(), k.identifier()).update();
        }
        syncPeriod(v.id(), at);
        keys.forEach(this::reindex);
        if (p.banned()) {
            refreshAppNames(p.id());
        }
        if (changeKind != null) {
            change(changeKey, at, changeKind, v.filingNumber(), p.creditCode(), v.app().name(), p.name(), null);
        }
        bump(now);
    }

    @ApplicationModuleListener
    void on(ProviderBanned e) {
        lock(e.providerId());
        Instant now = clock.instant();
        jdbc.sql("""
                insert into pub_provider (provider_id, name, credit_code, banned) values (?, ?, ?, true)
                on conflict (provider_id) do update set banned = true""")
                .params(e.providerId(), e.providerName(), e.creditCode()).update();
        record Running(long id, java.time.LocalDate listedOn, java.time.LocalDate banUntil, String reason, String clause) {
        }
        Optional<Running> running = jdbc.sql("""
                        select id, listed_on, ban_until, reason, clause from pub_blacklist_entry
                         where provider_id = ? and ended_at is null""")
                .param(e.providerId())
                .query((rs, i) -> new Running(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getString(5)))
                .optional();
        boolean same = running.filter(r -> r.listedOn().equals(e.listedOn()) && r.banUntil().equals(e.banUntil())
                && r.reason().equals(e.reason()) && r.clause().equals(e.clause())).isPresent();
        if (!same) {
            running.ifPresent(r -> jdbc.sql("update pub_blacklist_entry set ended_at = ? where id = ?")
                    .params(Timestamp.from(now), r.id()).update());
            jdbc.sql("""
                    insert into pub_blacklist_entry (provider_id, provider_name, credit_code, app_names, reason, clause,
                                                     listed_on, ban_until, listed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.providerId(), e.providerName(), e.creditCode(), appNames(e.providerId()), e.reason(),
                            e.clause(), Date.valueOf(e.listedOn()), Date.valueOf(e.banUntil()), Timestamp.from(now))
                    .update();
        }
        relist(e.providerId(), false, now);
        change("BANNED|" + e.providerId() + "|" + e.listedOn() + "|" + e.banUntil(), now, "BLACKLISTED", null,
                e.creditCode(), null, e.providerName(), e.reason() + "（" + e.clause() + "），至 " + e.banUntil());
        bump(now);
    }

    @ApplicationModuleListener
    void on(ProviderBanLifted e) {
        lock(e.providerId());
        Instant now = clock.instant();
        jdbc.sql("""
                insert into pub_provider (provider_id, name, credit_code, banned) values (?, ?, ?, false)
                on conflict (provider_id) do update set banned = false""")
                .params(e.providerId(), e.providerName(), e.creditCode()).update();
        jdbc.sql("update pub_blacklist_entry set ended_at = ? where provider_id = ? and ended_at is null")
                .params(Timestamp.from(now), e.providerId()).update();
        relist(e.providerId(), true, now);
        change("LIFTED|" + e.providerId() + "|" + e.liftedOn(), now, "BAN_LIFTED", null, e.creditCode(), null,
                e.providerName(), null);
        bump(now);
    }

    /** After a ban or its end: every filing of the provider on or off the white list, and re-verified. */
    private void relist(String providerId, boolean allowed, Instant at) {
        List<Map.Entry<String, String>> rows = jdbc.sql("select filing_id, status from pub_filing where provider_id = ?")
                .param(providerId).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        Set<Key> keys = new TreeSet<>();
        for (var row : rows) {
            boolean listed = allowed && LISTED.contains(FilingStatus.valueOf(row.getValue()));
            jdbc.sql("update pub_filing set listed = ?, updated_at = ? where filing_id = ?")
                    .params(listed, Timestamp.from(at), row.getKey()).update();
            syncPeriod(row.getKey(), at);
            keys.addAll(platformKeys(row.getKey()));
        }
        keys.forEach(this::reindex);
    }

    private void syncPeriod(String filingId, Instant at) {
        record Current(Shown shown, boolean listed) {
        }
        Current current = jdbc.sql("""
                        select filing_number, app_name, provider_name, credit_code, category, platforms, status,
                               registered_at, listed from pub_filing where filing_id = ?""")
                .param(filingId).query((rs, i) -> new Current(shown(rs), rs.getBoolean("listed"))).single();
        record Open(long id, Shown shown, Instant from) {
        }
        Optional<Open> open = jdbc.sql("""
                        select id, filing_number, app_name, provider_name, credit_code, category, platforms, status,
                               registered_at, valid_from from pub_whitelist_period where filing_id = ? and valid_to is null""")
                .param(filingId)
                .query((rs, i) -> new Open(rs.getLong("id"), shown(rs), rs.getTimestamp("valid_from").toInstant()))
                .optional();
        if (current.listed() && open.isPresent() && open.get().shown().equals(current.shown())) {
            return;
        }
        Instant from = at;
        if (open.isPresent()) {
            if (from.isBefore(open.get().from())) {
                from = open.get().from();
            }
            jdbc.sql("update pub_whitelist_period set valid_to = ? where id = ?")
                    .params(Timestamp.from(from), open.get().id()).update();
        }
        if (current.listed()) {
            Shown s = current.shown();
            jdbc.sql("""
                    insert into pub_whitelist_period (filing_id, filing_number, app_name, provider_name, credit_code,
                                                      category, platforms, status, registered_at, valid_from)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(filingId, s.filingNumber(), s.appName(), s.providerName(), s.creditCode(), s.category(),
                            s.platforms().toArray(String[]::new), s.status(), ts(s.registeredAt()), Timestamp.from(from))
                    .update();
        }
    }

    /** Recomputes the one row verify reads for this platform + identifier. */
    void reindex(Key key) {
        record Candidate(String filingNumber, String appName, String providerName, @Nullable String category,
                         String status, @Nullable Instant registeredAt, boolean banned) {
            int rank() {
                return banned ? 0 : VERIFIABLE.indexOf(status) + 1;
            }
        }
        List<Candidate> candidates = jdbc.sql("""
                        select f.filing_number, f.app_name, f.provider_name, f.category, f.status, f.registered_at, p.banned
                          from pub_filing_platform fp
                          join pub_filing f on f.filing_id = fp.filing_id
                          join pub_provider p on p.provider_id = f.provider_id
                         where fp.platform = ? and fp.identifier = ?
                           and f.status in ('REGISTERED', 'UNDER_RECTIFICATION', 'REVOKED')""")
                .params(key.platform(), key.identifier())
                .query((rs, i) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs.getTimestamp(6)), rs.getBoolean(7)))
                .list();
        Optional<Candidate> best = candidates.stream()
                .min(Comparator.comparingInt(Candidate::rank)
                        .thenComparing(c -> c.registeredAt() == null ? Instant.EPOCH : c.registeredAt(), Comparator.reverseOrder()));
        if (best.isEmpty()) {
            jdbc.sql("delete from pub_verify where platform = ? and identifier = ?")
                    .params(key.platform(), key.identifier()).update();
            return;
        }
        Candidate c = best.get();
        String status = c.banned() ? VerificationStatus.BLACKLISTED.name() : c.status();
        Optional<List<String>> existing = jdbc.sql("""
                        select status, filing_number, app_name, provider_name, coalesce(category, '')
                          from pub_verify where platform = ? and identifier = ?""")
                .params(key.platform(), key.identifier())
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
        if (existing.isPresent() && existing.get().equals(List.of(status, c.filingNumber(), c.appName(), c.providerName(),
                c.category() == null ? "" : c.category()))) {
            return;
        }
        Instant asOf = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("filingNumber", c.filingNumber());
        body.put("appName", c.appName());
        body.put("providerName", c.providerName());
        body.put("category", c.category());
        body.put("asOf", asOf);
        jdbc.sql("""
                insert into pub_verify (platform, identifier, status, filing_number, app_name, provider_name, category, as_of, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (platform, identifier) do update set status = excluded.status,
                    filing_number = excluded.filing_number, app_name = excluded.app_name,
                    provider_name = excluded.provider_name, category = excluded.category, as_of = excluded.as_of,
                    body = excluded.body""")
                .params(key.platform(), key.identifier(), status, c.filingNumber(), c.appName(), c.providerName(),
                        c.category(), Timestamp.from(asOf), json.writeValueAsString(body))
                .update();
    }

    private ProviderRow provider(String providerId) {
        Optional<ProviderRow> known = jdbc.sql("select provider_id, name, credit_code, banned from pub_provider where provider_id = ?")
                .param(providerId)
                .query((rs, i) -> new ProviderRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
        if (known.isPresent()) {
            return known.get();
        }
        ProviderSnapshot s = providers.snapshot(providerId).orElseThrow();
        ProviderRow row = new ProviderRow(s.id(), s.name(), s.creditCode().value(), s.bannedOn(Beijing.today(clock)));
        jdbc.sql("insert into pub_provider (provider_id, name, credit_code, banned) values (?, ?, ?, ?) on conflict do nothing")
                .params(row.id(), row.name(), row.creditCode(), row.banned()).update();
        return row;
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

    private List<Key> platformKeys(String filingId) {
        return jdbc.sql("select platform, identifier from pub_filing_platform where filing_id = ?").param(filingId)
                .query((rs, i) -> new Key(rs.getString(1), rs.getString(2))).list();
    }

    private void change(String eventKey, Instant at, String kind, @Nullable String filingNumber, String creditCode,
                        @Nullable String appName, String providerName, @Nullable String detail) {
        jdbc.sql("""
                insert into pub_change (event_key, at, kind, filing_number, credit_code, app_name, provider_name, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing""")
                .params(eventKey, Timestamp.from(at), kind, filingNumber, creditCode, appName, providerName, detail)
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
