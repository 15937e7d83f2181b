package cn.eduapp.registry.transparency.internal;

import cn.eduapp.registry.enforcement.AppBlacklisted;
import cn.eduapp.registry.enforcement.BlacklistingEnded;
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
import cn.eduapp.registry.provider.ProviderBanLifted;
import cn.eduapp.registry.provider.ProviderBanned;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.transparency.LeafKind;
import cn.eduapp.registry.transparency.LogEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the decisions that change a public list into leaves, synchronously in the deciding transaction
 * (not an {@code @ApplicationModuleListener}, which would run after the commit): the names on the leaf are
 * read from that transaction, so they are the ones the change put on the list.
 *
 * <p>Enforcement's decisions reach the lists through these events too: a revocation is a
 * {@link FilingRevoked}, the app's listing an {@link AppBlacklisted}, its end a {@link BlacklistingEnded},
 * the provider's bar on new filings a {@link ProviderBanned}.
 */
@Component
class LogListener {

    private final PendingLeaves pending;
    private final FilingManagement filings;
    private final ProviderManagement providers;
    private final Clock clock;

    LogListener(PendingLeaves pending, FilingManagement filings, ProviderManagement providers, Clock clock) {
        this.pending = pending;
        this.filings = filings;
        this.providers = providers;
        this.clock = clock;
    }

    @EventListener
    void on(FilingRegistered e) {
        numbered(LeafKind.REGISTERED, e.filingId().value(), e.filingNumber(), e.at());
    }

    /** A review annulled the revocation: the filing is back on the white list as registered. */
    @EventListener
    void on(FilingRevocationAnnulled e) {
        numbered(LeafKind.REGISTERED, e.filingId().value(), e.filingNumber(), e.at());
    }

    @EventListener
    void on(FilingPutUnderRectification e) {
        numbered(LeafKind.UNDER_RECTIFICATION, e.filingId().value(), e.filingNumber(), e.at());
    }

    @EventListener
    void on(FilingRectified e) {
        numbered(LeafKind.RECTIFIED, e.filingId().value(), e.filingNumber(), e.at());
    }

    @EventListener
    void on(FilingRevoked e) {
        numbered(LeafKind.REVOKED, e.filingId().value(), e.filingNumber(), e.at());
    }

    @EventListener
    void on(FilingCancelled e) {
        numbered(LeafKind.CANCELLED, e.filingId().value(), e.filingNumber(), e.at());
    }

    /** Only numbered filings are public, so only their changes move them on a list. */
    private void numbered(LeafKind kind, String filingId, @Nullable String filingNumber, Instant at) {
        if (filingNumber != null) {
            filings.listing(filingId).ifPresent(f -> pending.add(List.of(entry(kind, f, credit(f.providerId()), at))));
        }
    }

    @EventListener
    void on(FilingsImported e) {
        List<FilingListing> found = filings.listings(e.filings().stream().map(i -> i.filingId().value()).toList());
        Map<String, ProviderSnapshot> owners = providers.snapshots(found.stream().map(FilingListing::providerId).distinct().toList());
        List<LogEntry> entries = new ArrayList<>(found.size());
        for (FilingListing f : found) {
            ProviderSnapshot p = owners.get(f.providerId());
            entries.add(entry(LeafKind.REGISTERED, f, p == null ? null : p.creditCode().value(), e.at()));
        }
        pending.add(entries);
    }

    @EventListener
    void on(FilingDeclarationChanged e) {
        if (e.filingNumber() == null) {
            return;
        }
        filings.listing(e.filingId().value()).ifPresent(f ->
                pending.add(List.of(entry(LeafKind.DECLARATION_CHANGED, f, credit(f.providerId()), e.at()))));
    }

    @EventListener
    void on(ProviderBanned e) {
        pending.add(List.of(new LogEntry(LeafKind.BLACKLISTED, null, e.creditCode(), null, e.providerName(),
                "BANNED_UNTIL_" + e.banUntil(), clock.instant())));
    }

    @EventListener
    void on(ProviderBanLifted e) {
        pending.add(List.of(new LogEntry(LeafKind.BAN_LIFTED, null, e.creditCode(), null, e.providerName(),
                "NOT_BANNED", clock.instant())));
    }

    /** 五 as decided on a case: the app concerned goes on the black list (issue 20). */
    @EventListener
    void on(AppBlacklisted e) {
        pending.add(List.of(new LogEntry(LeafKind.BLACKLISTED, e.filingNumber(), e.creditCode(), e.appName(), e.providerName(),
                "LISTED_UNTIL_" + e.listedUntil(), clock.instant())));
    }

    /** The app's listing ended: its period ran out, the city removed it early, or a review annulled the decision. */
    @EventListener
    void on(BlacklistingEnded e) {
        pending.add(List.of(new LogEntry(LeafKind.LISTING_ENDED, e.filingNumber(), credit(e.providerId().value()), e.appName(), null,
                "LISTING_ENDED_" + e.kind(), e.at())));
    }

    private @Nullable String credit(String providerId) {
        return providers.snapshot(providerId).map(p -> p.creditCode().value()).orElse(null);
    }

    private static LogEntry entry(LeafKind kind, FilingListing f, @Nullable String creditCode, Instant at) {
        return new LogEntry(kind, f.filingNumber(), creditCode, f.appName(), f.providerName(), f.status().name(), at);
    }
}
