package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.provider.ProviderRenamed;
import cn.eduapp.registry.publication.internal.persistence.ProviderNameRows;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An approved provider name change (issue 21): the public provider row takes the new name and every published
 * filing of the provider is rewritten from it, so the white list, its search and the verify answer show it.
 * No feed entry: the feed is about filings.
 */
@Component
class ProviderNameEvents {

    private final ProviderNameRows names;
    private final PublicFilingRows locks;
    private final PublicListEvents lists;

    ProviderNameEvents(ProviderNameRows names, PublicFilingRows locks, PublicListEvents lists) {
        this.names = names;
        this.locks = locks;
        this.lists = lists;
    }

    @ApplicationModuleListener
    void on(ProviderRenamed e) {
        locks.lockProvider(e.providerId().value());
        names.rename(e.providerId().value(), e.newName());
        List<FilingChange> changes = names.filingIds(e.providerId().value()).stream()
                .map(id -> new FilingChange(id, e.at(), null, id + "|RENAMED|" + e.at())).toList();
        if (!changes.isEmpty()) {
            lists.refresh(changes);
        }
    }
}
