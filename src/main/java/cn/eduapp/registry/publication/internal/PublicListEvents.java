package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.filing.FilingDeclarationChanged;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingCancelled;
import cn.eduapp.registry.filing.FilingPutUnderRectification;
import cn.eduapp.registry.filing.FilingRectified;
import cn.eduapp.registry.filing.FilingRegistered;
import cn.eduapp.registry.filing.FilingRevocationAnnulled;
import cn.eduapp.registry.filing.FilingRevoked;
import cn.eduapp.registry.filing.FilingsImported;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows.ProviderRow;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the public read models (white list, verification index, black list, change feed) in step with
 * decisions on filings ({@link BlacklistEvents}: with listings and bans). Each handler runs after the deciding transaction committed, in its own transaction,
 * redelivered by the event publication registry until it succeeds; it takes a per-provider advisory lock
 * so the handlers of one provider's filings and bans never interleave, and it rebuilds the rows it touches
 * from the current state (a redelivered or late event does no harm).
 */
@Component
class PublicListEvents {


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

    /** The national step registered the filing: on the white list, into verify. */
    @ApplicationModuleListener
    void on(FilingRegistered e) {
        refresh(List.of(FilingChange.of(e.filingId().value(), e.at(), "REGISTERED", "REGISTERED")));
    }

    @ApplicationModuleListener
    void on(FilingPutUnderRectification e) {
        refresh(List.of(FilingChange.of(e.filingId().value(), e.at(), "UNDER_RECTIFICATION", "UNDER_RECTIFICATION")));
    }

    /** Registered again after rectification: the feed says so ("RECTIFIED"). */
    @ApplicationModuleListener
    void on(FilingRectified e) {
        refresh(List.of(FilingChange.of(e.filingId().value(), e.at(), "RECTIFIED", "REGISTERED")));
    }

    /** A review annulled the revocation: registered again, as the feed has always named it. */
    @ApplicationModuleListener
    void on(FilingRevocationAnnulled e) {
        if (e.filingNumber() != null) {
            refresh(List.of(FilingChange.of(e.filingId().value(), e.at(), "REGISTERED", "REGISTERED")));
        }
    }

    @ApplicationModuleListener
    void on(FilingRevoked e) {
        if (e.filingNumber() != null) {
            refresh(List.of(FilingChange.of(e.filingId().value(), e.at(), "REVOKED", "REVOKED")));
        }
    }

    /** Cancelled (注销): off the lists; a filing without a number was never public. */
    @ApplicationModuleListener
    void on(FilingCancelled e) {
        if (e.filingNumber() != null) {
            refresh(List.of(FilingChange.of(e.filingId().value(), e.at(), "CANCELLED", "CANCELLED")));
        }
    }

    /** Existing registrations imported in a batch: all go on the lists together, one feed entry each. */
    @ApplicationModuleListener
    void on(FilingsImported e) {
        refresh(e.filings().stream().map(f -> FilingChange.of(f.filingId().value(), e.at(), "REGISTERED", "REGISTERED")).toList());
    }

    /** An approved revision (变更) changed the declaration in force: name and platforms follow. */
    @ApplicationModuleListener
    void on(FilingDeclarationChanged e) {
        refresh(List.of(new FilingChange(e.filingId().value(), e.at(), null, e.filingId() + "|CHANGED|" + e.revisionId())));
    }

    /**
     * Rebuilds the rows of these filings from their current state, a batch in a handful of statements:
     * providers locked in one order, filings read in one query, rows written in JDBC batches.
     */
    void refresh(List<FilingChange> changes) {
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
