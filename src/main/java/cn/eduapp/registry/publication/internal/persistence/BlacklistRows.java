package cn.eduapp.registry.publication.internal.persistence;

import cn.eduapp.registry.enforcement.AppBlacklisted;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code pub_blacklist_entry}: every listing on the black list, running until {@code ended_at}. */
@Repository
public class BlacklistRows {

    /** Who a listing named, for the feed entry of its end. */
    public record Named(String providerName, String creditCode) {
    }

    private final JdbcClient jdbc;

    BlacklistRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AppBlacklisted e, Instant listedAt) {
        jdbc.sql("""
                insert into pub_blacklist_entry (entry_id, filing_id, filing_number, app_name, decision_number, provider_id,
                                                 provider_name, credit_code, app_names, reason, clause, listed_on,
                                                 ban_until, listed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (entry_id) do nothing""")
                .params(e.entryId(), e.filingId().value(), e.filingNumber(), e.appName(), e.decisionNumber(),
                        e.providerId().value(),
                        e.providerName(), e.creditCode(), new String[] {e.appName()}, e.reason(), e.clause(),
                        Date.valueOf(e.listedOn()), Date.valueOf(e.listedUntil()), Timestamp.from(listedAt))
                .update();
    }

    public void end(String entryId, Instant at) {
        jdbc.sql("update pub_blacklist_entry set ended_at = ? where entry_id = ? and ended_at is null")
                .params(Timestamp.from(at), entryId).update();
    }

    /** Ends the provider's running listing from before issue 20 (one without an app). */
    public void endProviderListing(String providerId, Instant at) {
        jdbc.sql("update pub_blacklist_entry set ended_at = ? where provider_id = ? and ended_at is null and entry_id is null")
                .params(Timestamp.from(at), providerId).update();
    }

    public Optional<Named> named(String entryId) {
        return jdbc.sql("select provider_name, credit_code from pub_blacklist_entry where entry_id = ?").param(entryId)
                .query(Rows.of(Named.class)).optional();
    }

    /** The running listings of the provider name these apps. */
    public void nameApps(String providerId, String[] appNames) {
        jdbc.sql("update pub_blacklist_entry set app_names = ? where provider_id = ? and ended_at is null")
                .params(appNames, providerId).update();
    }
}
