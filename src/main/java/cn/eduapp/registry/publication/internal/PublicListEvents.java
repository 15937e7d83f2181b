package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.enforcement.AppBlacklisted;
import cn.eduapp.registry.enforcement.BlacklistingEnded;
import cn.eduapp.registry.filing.FilingDeclarationChanged;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingTransitioned;
import cn.eduapp.registry.filing.FilingsImported;
import cn.eduapp.registry.inspection.PackageInspected;
import cn.eduapp.registry.provider.ProviderBanLifted;
import cn.eduapp.registry.publication.internal.persistence.BlacklistRows;
import cn.eduapp.registry.publication.internal.persistence.ChangeRows;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows.ProviderRow;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the public read models (white list, verification index, black list, change feed) in step with
 * decisions. Each handler runs after the deciding transaction committed, in its own transaction,
 * redelivered by the event publication registry until it succeeds; it takes a per-provider advisory lock
 * so the handlers of one provider's filings and bans never interleave, and it rebuilds the rows it touches
 * from the current state (a redelivered or late event does no harm).
 */
@Component
class PublicListEvents {

    static final Set<FilingStatus> CHANGES = EnumSet.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION,
            FilingStatus.REVOKED, FilingStatus.CANCELLED);

    private final FilingManagement filings;
    private final PublicFilingRows locks;
    private final Whitelist whitelist;
    private final VerificationIndex index;
    private final Blacklist blacklist;
    private final ChangeFeed feed;
    private final Clock clock;

    PublicListEvents(FilingManagement filings, PublicFilingRows locks, Whitelist whitelist, VerificationIndex index,
                     Blacklist blacklist, ChangeFeed feed, Clock clock) {
        this.filings = filings;
        this.locks = locks;
        this.whitelist = whitelist;
        this.index = index;
        this.blacklist = blacklist;
        this.feed = feed;
        this.clock = clock;
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
        refresh(List.of(new FilingChange(e.filingId(), e.at(), kind, e.filingId() + "|" + e.to() + "|" + e.at())));
    }

    /** Existing registrations imported in a batch: all go on the lists together, one feed entry each. */
    @ApplicationModuleListener
    void on(FilingsImported e) {
        refresh(e.filings().stream().map(f -> FilingChange.of(f.filingId(), e.at(), "REGISTERED", "REGISTERED")).toList());
    }

    /** An approved revision (变更) changed the declaration in force: name and platforms follow. */
    @ApplicationModuleListener
    void on(FilingDeclarationChanged e) {
        refresh(List.of(new FilingChange(e.filingId(), e.at(), null, e.filingId() + "|CHANGED|" + e.revisionId())));
    }

    /** An app listed by a decision: on the black list, off the white list (revoked), verify answers BLACKLISTED. */
    @ApplicationModuleListener
    void on(AppBlacklisted e) {
        locks.lockProvider(e.providerId());
        Instant now = clock.instant();
        blacklist.list(e, now);
        index.reindexFilings(List.of(e.filingId()));
        feed.add(new ChangeRows.Entry("APP_LISTED|" + e.entryId(), now, "BLACKLISTED", e.filingNumber(), e.creditCode(),
                e.appName(), e.providerName(), e.reason() + "（" + e.clause() + "，" + e.decisionNumber() + "），至 " + e.listedUntil()));
        feed.bump(now);
    }

    /** A listing ended (expiry, early removal, annulment): off the black list; verify answers as the filing stands. */
    @ApplicationModuleListener
    void on(BlacklistingEnded e) {
        locks.lockProvider(e.providerId());
        Instant now = clock.instant();
        BlacklistRows.Named named = blacklist.end(e, now);
        index.reindexFilings(List.of(e.filingId()));
        feed.add(new ChangeRows.Entry("APP_UNLISTED|" + e.entryId(), now, "BLACKLIST_ENDED", e.filingNumber(),
                named.creditCode(), e.appName(), named.providerName(), e.reason()));
        feed.bump(now);
    }

    @ApplicationModuleListener
    void on(ProviderBanLifted e) {
        locks.lockProvider(e.providerId());
        Instant now = clock.instant();
        blacklist.liftBan(e, now);
        index.reindexFilings(whitelist.relist(e.providerId(), true, now));
        feed.add(new ChangeRows.Entry("LIFTED|" + e.providerId() + "|" + e.liftedOn(), now, "BAN_LIFTED", null,
                e.creditCode(), null, e.providerName(), null));
        feed.bump(now);
    }

    /** A package's signer certificates: verify's {@code certSha256} is answered from them once the filing is registered. */
    @ApplicationModuleListener
    void on(PackageInspected e) {
        index.packageInspected(e.packageId(), e.filingId(), e.at(), e.certificateSha256s());
    }

    /**
     * Rebuilds the rows of these filings from their current state, a batch in a handful of statements:
     * providers locked in one order, filings read in one query, rows written in JDBC batches.
     */
    private void refresh(List<FilingChange> changes) {
        Map<String, FilingListing> found = new LinkedHashMap<>();
        for (FilingListing f : filings.listings(changes.stream().map(FilingChange::filingId).toList())) {
            if (f.filingNumber() != null) {
                found.put(f.id(), f);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        Set<String> providerIds = new TreeSet<>(found.values().stream().map(FilingListing::providerId).toList());
        providerIds.forEach(locks::lockProvider);
        Map<String, ProviderRow> providers = whitelist.providers(providerIds);
        Instant now = clock.instant();
        Map<String, Instant> at = new LinkedHashMap<>();
        changes.forEach(c -> at.putIfAbsent(c.filingId(), c.at()));
        index.reindex(whitelist.write(found.values(), providers, at, now));
        providers.values().stream().filter(ProviderRow::banned).forEach(p -> blacklist.nameApps(p.providerId()));
        feed.filings(changes, found, providers);
        feed.bump(now);
    }
}
