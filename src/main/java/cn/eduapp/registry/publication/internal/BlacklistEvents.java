package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.enforcement.AppBlacklisted;
import cn.eduapp.registry.enforcement.BlacklistingEnded;
import cn.eduapp.registry.inspection.PackageInspected;
import cn.eduapp.registry.provider.ProviderBanLifted;
import cn.eduapp.registry.publication.internal.persistence.BlacklistRows;
import cn.eduapp.registry.publication.internal.persistence.ChangeRows;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The black list's decisions (an app listed or its listing ended, a provider's ban lifted) and the signer
 * certificates of inspected packages, into the read models; as {@link PublicListEvents}, each handler after
 * commit in its own transaction, under the provider's lock.
 */
@Component
class BlacklistEvents {

    private final PublicFilingRows locks;
    private final Whitelist whitelist;
    private final VerificationIndex index;
    private final Blacklist blacklist;
    private final ChangeFeed feed;
    private final Clock clock;

    BlacklistEvents(PublicFilingRows locks, Whitelist whitelist, VerificationIndex index, Blacklist blacklist,
                    ChangeFeed feed, Clock clock) {
        this.locks = locks;
        this.whitelist = whitelist;
        this.index = index;
        this.blacklist = blacklist;
        this.feed = feed;
        this.clock = clock;
    }

    /** An app listed by a decision: on the black list, off the white list (revoked), verify answers BLACKLISTED. */
    @ApplicationModuleListener
    void on(AppBlacklisted e) {
        locks.lockProvider(e.providerId().value());
        Instant now = clock.instant();
        blacklist.list(e, now);
        index.reindexFilings(List.of(e.filingId().value()));
        feed.add(new ChangeRows.Entry("APP_LISTED|" + e.entryId(), now, "BLACKLISTED", e.filingNumber(), e.creditCode(),
                e.appName(), e.providerName(), e.reason() + "（" + e.clause() + "，" + e.decisionNumber() + "），至 " + e.listedUntil()));
        feed.bump(now);
    }

    /** A listing ended (expiry, early removal, annulment): off the black list; verify answers as the filing stands. */
    @ApplicationModuleListener
    void on(BlacklistingEnded e) {
        locks.lockProvider(e.providerId().value());
        Instant now = clock.instant();
        BlacklistRows.Named named = blacklist.end(e, now);
        index.reindexFilings(List.of(e.filingId().value()));
        feed.add(new ChangeRows.Entry("APP_UNLISTED|" + e.entryId(), now, "BLACKLIST_ENDED", e.filingNumber(),
                named.creditCode(), e.appName(), named.providerName(), e.reason()));
        feed.bump(now);
    }

    @ApplicationModuleListener
    void on(ProviderBanLifted e) {
        locks.lockProvider(e.providerId().value());
        Instant now = clock.instant();
        blacklist.liftBan(e, now);
        index.reindexFilings(whitelist.relist(e.providerId().value(), true, now));
        feed.add(new ChangeRows.Entry("LIFTED|" + e.providerId() + "|" + e.liftedOn(), now, "BAN_LIFTED", null,
                e.creditCode(), null, e.providerName(), null));
        feed.bump(now);
    }

    /** A package's signer certificates: verify's {@code certSha256} is answered from them once the filing is registered. */
    @ApplicationModuleListener
    void on(PackageInspected e) {
        // an event stored before the field existed (an older publication redelivered) carries none
        @SuppressWarnings("ConstantConditions")
        List<String> certificates = e.certificateSha256s() == null ? List.of() : e.certificateSha256s();
        index.packageInspected(e.packageId(), e.filingId().value(), e.at(), certificates);
    }
}
