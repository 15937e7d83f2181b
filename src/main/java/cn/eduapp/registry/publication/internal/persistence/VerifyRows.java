package cn.eduapp.registry.publication.internal.persistence;

import cn.eduapp.registry.publication.internal.domain.VerifyCandidate;
import cn.eduapp.registry.publication.internal.domain.VerifyKey;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code pub_verify}, the verification index: one row per platform + identifier with its answer ready to send
 * and the signer certificates the answering filing was registered with, so that verify, with or without a
 * certificate digest, is one primary-key read.
 */
@Repository
public class VerifyRows {

    /** The first key of the two-key advisory locks on verification keys (one-key locks are the providers'). */
    static final int VERIFY_KEY_LOCK = 4041;

    /** The row verify reads. */
    public record Answer(String status, @Nullable String filingNumber, @Nullable String appName,
                         @Nullable String providerName, @Nullable String category, Instant asOf,
                         @Nullable Long logIndex, String body, List<String> certificates) {
    }

    /** A row to write: the candidate that answers, its answer's time, log index and JSON. */
    public record Write(VerifyCandidate answer, Instant asOf, @Nullable Long logIndex, String body) {
    }

    /** A stored answer as {@link #shown} compares it. */
    record Shown(String platform, String identifier, String status, String filingNumber, String appName,
                 String providerName, String category, List<String> certSha256s) {
        List<Object> values() {
            return List.of(status, filingNumber, appName, providerName, category, List.copyOf(certSha256s));
        }
    }

    /** A package's signer certificates. */
    record Certificates(List<String> certSha256s) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final VerifyRowCache cache;

    VerifyRows(JdbcClient jdbc, JdbcTemplate batch, VerifyRowCache cache) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cache = cache;
    }

    /** The row of this key, from memory when this instance holds it (see {@link VerifyRowCache}). */
    public Optional<Answer> find(String platform, String identifier) {
        return cache.find(new VerifyKey(platform, identifier), this::read);
    }

    private Optional<Answer> read(VerifyKey key) {
        return jdbc.sql("""
                        select status, filing_number, app_name, provider_name, category, as_of, log_index, body,
                               cert_sha256s as certificates
                          from pub_verify where platform = ? and identifier = ?""")
                .params(key.platform(), key.identifier()).query(Rows.of(Answer.class)).optional();
    }

    /**
     * Locks the keys until commit, in the order of their hash (the same in every transaction: no cycle), so
     * the last writer of a key has seen every committed change.
     */
    public void lock(Collection<VerifyKey> keys) {
        jdbc.sql("""
                        select pg_advisory_xact_lock(?, h) from (
                            select distinct hashtext(k.platform || ':' || k.identifier) as h
                              from unnest(?::text[], ?::text[]) k(platform, identifier) order by h) locks""")
                .params(VERIFY_KEY_LOCK, platforms(keys), identifiers(keys)).query((rs, i) -> 1).list();
    }

    /**
     * Every filing that could answer for these keys, with the certificates of its latest package inspected
     * by the time it was registered.
     */
    public List<VerifyCandidate> candidates(Collection<VerifyKey> keys) {
        return jdbc.sql("""
                        select fp.platform, fp.identifier, f.filing_number, f.app_name, f.provider_name, f.category,
                               f.status, f.registered_at,
                               f.blacklisted or (p.banned and exists (select 1 from pub_blacklist_entry e
                                   where e.provider_id = f.provider_id and e.entry_id is null and e.ended_at is null))
                                   as blacklisted,
                               (select pk.cert_sha256s from pub_inspected_package pk
                                 where pk.filing_id = f.filing_id and pk.inspected_at <= f.registered_at
                                 order by pk.inspected_at desc, pk.package_id desc limit 1) as certificates
                          from unnest(?::text[], ?::text[]) k(platform, identifier)
                          join pub_filing_platform fp on fp.platform = k.platform and fp.identifier = k.identifier
                          join pub_filing f on f.filing_id = fp.filing_id
                          join pub_provider p on p.provider_id = f.provider_id
                         where f.status in ('REGISTERED', 'UNDER_RECTIFICATION', 'REVOKED')""")
                .params(platforms(keys), identifiers(keys)).query(Rows.of(VerifyCandidate.class)).list();
    }

    /** What the stored rows of these keys show, as {@link VerifyCandidate#shown()} does. */
    public Map<VerifyKey, List<Object>> shown(Collection<VerifyKey> keys) {
        Map<VerifyKey, List<Object>> shown = new LinkedHashMap<>();
        jdbc.sql("""
                        select v.platform, v.identifier, v.status, v.filing_number, v.app_name, v.provider_name,
                               coalesce(v.category, '') as category, v.cert_sha256s
                          from unnest(?::text[], ?::text[]) k(platform, identifier)
                          join pub_verify v on v.platform = k.platform and v.identifier = k.identifier""")
                .params(platforms(keys), identifiers(keys)).query(Rows.of(Shown.class)).list()
                .forEach(r -> shown.put(new VerifyKey(r.platform(), r.identifier()), r.values()));
        return shown;
    }

    public void delete(List<VerifyKey> keys) {
        batch.batchUpdate("delete from pub_verify where platform = ? and identifier = ?",
                keys.stream().map(k -> new Object[] {k.platform(), k.identifier()}).toList());
        changed(keys);
    }

    public void upsert(List<Write> rows) {
        batch.batchUpdate("""
                insert into pub_verify (platform, identifier, status, filing_number, app_name, provider_name, category, as_of,
                                        log_index, body, cert_sha256s)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (platform, identifier) do update set status = excluded.status,
                    filing_number = excluded.filing_number, app_name = excluded.app_name,
                    provider_name = excluded.provider_name, category = excluded.category, as_of = excluded.as_of,
                    log_index = excluded.log_index, body = excluded.body, cert_sha256s = excluded.cert_sha256s""",
                rows.stream().map(w -> {
                    VerifyCandidate c = w.answer();
                    return new Object[] {c.platform(), c.identifier(), c.answerStatus(), c.filingNumber(), c.appName(),
                            c.providerName(), c.category(), Timestamp.from(w.asOf()), w.logIndex(), w.body(),
                            c.certificates().toArray(String[]::new)};
                }).toList());
        changed(rows.stream().map(w -> new VerifyKey(w.answer().platform(), w.answer().identifier())).toList());
    }

    /**
     * Every instance's copy of these keys is forgotten when the transaction commits (after the write: outside a
     * transaction the notice commits on its own).
     */
    private void changed(List<VerifyKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql(VerifyRowCache.notifySql()).param(VerifyRowCache.payloads(keys)).query((rs, i) -> 1).list();
        cache.forgetAtCommit(keys);
    }

    /** A package was inspected: its signer certificates, kept whatever the filing's state (a redelivery changes nothing). */
    public void keepPackage(String packageId, String filingId, Instant inspectedAt, List<String> certificates) {
        jdbc.sql("""
                insert into pub_inspected_package (package_id, filing_id, inspected_at, cert_sha256s)
                values (?, ?, ?, ?) on conflict (package_id) do nothing""")
                .params(packageId, filingId, Timestamp.from(inspectedAt), certificates.toArray(String[]::new)).update();
    }

    /** The certificates the filing with this number was registered with (empty: none known). */
    public List<String> registeredCertificates(String filingNumber) {
        return jdbc.sql("""
                        select pk.cert_sha256s from pub_filing f join pub_inspected_package pk on pk.filing_id = f.filing_id
                         where f.filing_number = ? and pk.inspected_at <= f.registered_at
                         order by pk.inspected_at desc, pk.package_id desc limit 1""")
                .param(filingNumber).query(Rows.of(Certificates.class)).optional().map(Certificates::certSha256s)
                .orElse(List.of());
    }

    private static String[] platforms(Collection<VerifyKey> keys) {
        return keys.stream().map(VerifyKey::platform).toArray(String[]::new);
    }

    private static String[] identifiers(Collection<VerifyKey> keys) {
        return keys.stream().map(VerifyKey::identifier).toArray(String[]::new);
    }
}
