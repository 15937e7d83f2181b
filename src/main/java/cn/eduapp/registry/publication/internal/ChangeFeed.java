package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.publication.internal.persistence.ChangeRows;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows.ProviderRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The change feed (Atom, {@code pub_change}): one entry per change of the lists, named as the public sees
 * it; every change also moves the version behind the exports' and the feed's ETag.
 */
@Component
class ChangeFeed {

    private final ChangeRows rows;

    ChangeFeed(ChangeRows rows) {
        this.rows = rows;
    }

    /** The entries the filings' changes give (those with a kind), named from their public rows. */
    void filings(List<FilingChange> changes, Map<String, FilingListing> found, Map<String, ProviderRow> providers) {
        List<ChangeRows.Entry> entries = new ArrayList<>();
        for (FilingChange c : changes) {
            FilingListing f = found.get(c.filingId());
            if (c.kind() != null && f != null) {
                ProviderRow p = providers.get(f.providerId());
                entries.add(new ChangeRows.Entry(c.key(), c.at(), c.kind(), f.filingNumber(), p.creditCode(), f.appName(),
                        p.name(), null));
            }
        }
        rows.insert(entries);
    }

    void add(ChangeRows.Entry entry) {
        rows.insert(List.of(entry));
    }

    /** Taken last in every handler, so the locks are always taken in one order. */
    void bump(Instant now) {
        rows.bump(now);
    }
}
