package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.enforcement.AppBlacklisted;
import cn.eduapp.registry.enforcement.BlacklistingEnded;
import cn.eduapp.registry.provider.ProviderBanLifted;
import cn.eduapp.registry.publication.internal.persistence.BlacklistRows;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The black list ({@code pub_blacklist_entry}): apps listed by a decision (issue 20), and the providers
 * listed before it, each running until it ends.
 */
@Component
class Blacklist {

    private final BlacklistRows rows;
    private final PublicFilingRows filings;

    Blacklist(BlacklistRows rows, PublicFilingRows filings) {
        this.rows = rows;
        this.filings = filings;
    }

    /** The app goes on the black list; its public row is marked. */
    void list(AppBlacklisted e, Instant now) {
        rows.insert(e, now);
        filings.markBlacklisted(e.filingId().value(), true, now);
    }

    /** The listing ended; answers who it named, for the feed. */
    BlacklistRows.Named end(BlacklistingEnded e, Instant now) {
        rows.end(e.entryId(), e.at());
        filings.markBlacklisted(e.filingId().value(), false, now);
        return rows.named(e.entryId()).orElse(new BlacklistRows.Named("", ""));
    }

    /** The ban of a provider listed before issue 20 was lifted. */
    void liftBan(ProviderBanLifted e, Instant now) {
        filings.unban(e.providerId().value(), e.providerName(), e.creditCode());
        rows.endProviderListing(e.providerId().value(), now);
    }

    /** A provider listed as such names the apps the public knows of it. */
    void nameApps(String providerId) {
        rows.nameApps(providerId, filings.appNames(providerId));
    }
}
