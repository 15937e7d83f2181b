package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.publication.internal.domain.Grams;
import cn.eduapp.registry.publication.internal.domain.ShownRow;
import cn.eduapp.registry.publication.internal.domain.VerifyKey;
import cn.eduapp.registry.publication.internal.persistence.GramCounts;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows.FilingRow;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows.Listing;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows.ProviderRow;
import cn.eduapp.registry.publication.internal.persistence.WhitelistPeriodRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The white list: one public row per filing with a number ({@code pub_filing}, its platforms, the name
 * grams counted for search) and the validity periods of each listed row, behind the dated exports.
 */
@Component
class Whitelist {

    /** On the white list (API.md), the latter marked; and only while the provider is not banned. */
    static final Set<FilingStatus> LISTED = EnumSet.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION);

    private final PublicFilingRows rows;
    private final WhitelistPeriodRows periods;
    private final ProviderManagement providers;

    Whitelist(PublicFilingRows rows, WhitelistPeriodRows periods, ProviderManagement providers) {
        this.rows = rows;
        this.periods = periods;
        this.providers = providers;
    }

    /** The public rows of these providers, made from their snapshots the first time a provider is seen. */
    Map<String, ProviderRow> providers(Set<String> providerIds) {
        Map<String, ProviderRow> found = rows.providers(providerIds);
        List<String> unknown = providerIds.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            List<ProviderRow> made = new ArrayList<>();
            for (ProviderSnapshot s : providers.snapshots(unknown).values()) {
                ProviderRow row = new ProviderRow(s.id(), s.name(), s.creditCode().value(), false);
                found.put(row.providerId(), row);
                made.add(row);
            }
            rows.insertProviders(made);
        }
        return found;
    }

    /**
     * Rewrites the rows of these filings from their current state and keeps their periods in step; answers the
     * verify keys they had and have.
     */
    Set<VerifyKey> write(Collection<FilingListing> filings, Map<String, ProviderRow> providerRows, Map<String, Instant> at,
                         Instant now) {
        List<String> ids = filings.stream().map(FilingListing::id).toList();
        GramCounts counts = new GramCounts();
        rows.lockListed(ids).forEach(l -> counts.leave(l.category(), l.grams()));
        List<FilingRow> written = new ArrayList<>();
        Map<String, List<VerifyKey>> platforms = new LinkedHashMap<>();
        for (FilingListing f : filings) {
            ProviderRow p = providerRows.get(f.providerId());
            boolean listed = LISTED.contains(f.status()) && !p.banned();
            String[] grams = Grams.of(f.appName(), p.name());
            if (listed) {
                counts.enter(f.category(), grams);
            }
            written.add(new FilingRow(f.id(), f.filingNumber(), p, f.appName(), f.category(),
                    f.platforms().stream().map(x -> x.type() + ":" + x.identifier()).toList(), f.status().name(),
                    f.registeredAt(), f.revokedAt(), listed, grams));
            platforms.put(f.id(), f.platforms().stream().map(x -> new VerifyKey(x.type(), x.identifier())).toList());
        }
        rows.upsert(written, now);
        rows.write(counts);
        Set<VerifyKey> keys = new TreeSet<>(rows.platformKeys(ids));
        rows.replacePlatforms(platforms);
        platforms.values().forEach(keys::addAll);
        syncPeriods(ids, at);
        return keys;
    }

    /** After a ban or its end: every filing of the provider on or off the white list; answers their ids. */
    List<String> relist(String providerId, boolean allowed, Instant at) {
        GramCounts counts = new GramCounts();
        List<String> ids = new ArrayList<>();
        for (Listing l : rows.relist(providerId, allowed, at)) {
            ids.add(l.filingId());
            if (l.wasListed() != l.listed()) {
                if (l.listed()) {
                    counts.enter(l.category(), l.grams());
                } else {
                    counts.leave(l.category(), l.grams());
                }
            }
        }
        rows.write(counts);
        Map<String, Instant> from = new LinkedHashMap<>();
        ids.forEach(id -> from.put(id, at));
        syncPeriods(ids, from);
        return ids;
    }

    /**
     * A period ends when its row leaves the list or shows something else, and a new one starts (no earlier
     * than the one it follows).
     */
    private void syncPeriods(List<String> filingIds, Map<String, Instant> at) {
        if (filingIds.isEmpty()) {
            return;
        }
        String[] ids = filingIds.toArray(String[]::new);
        Map<String, ShownRow> listed = periods.listedNow(ids);
        Map<String, WhitelistPeriodRows.Open> open = periods.open(ids);
        Map<Long, Instant> ends = new LinkedHashMap<>();
        List<WhitelistPeriodRows.Start> starts = new ArrayList<>();
        for (String filingId : filingIds) {
            ShownRow current = listed.get(filingId);
            WhitelistPeriodRows.Open running = open.get(filingId);
            if (current != null && running != null && running.shown().equals(current)) {
                continue;
            }
            Instant from = at.get(filingId);
            if (running != null) {
                if (from.isBefore(running.from())) {
                    from = running.from();
                }
                ends.put(running.id(), from);
            }
            if (current != null) {
                starts.add(new WhitelistPeriodRows.Start(filingId, current, from));
            }
        }
        periods.write(ends, starts);
    }
}
