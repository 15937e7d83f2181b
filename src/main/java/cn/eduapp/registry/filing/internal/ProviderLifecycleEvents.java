package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.ProviderFilings;
import cn.eduapp.registry.provider.ProviderClosed;
import cn.eduapp.registry.provider.ProviderRenamed;
import cn.eduapp.registry.system.web.Messages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A provider renamed or closed (issue 21): its filings follow, after the provider's decision committed. */
@Component
class ProviderLifecycleEvents {

    private final ProviderFilings filings;
    private final Messages messages;

    ProviderLifecycleEvents(ProviderFilings filings, Messages messages) {
        this.filings = filings;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ProviderRenamed e) {
        filings.renameProvider(e.providerId(), e.newName());
    }

    @ApplicationModuleListener
    void on(ProviderClosed e) {
        filings.cancelAllOf(e.providerId(), e.actor(), messages.get("filing.providerClosed"));
    }
}
