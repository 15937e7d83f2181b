package cn.eduapp.registry.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Everything one evaluation reads: a pure function of these gives the result. {@code pkg} is the latest
 * package inspection of the filing, when there is one. {@code recordedCategory} is set only for filings
 * imported from an existing registration, which carry their category but no subjects to derive it from.
 */
public record PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day, @Nullable PackageFacts pkg,
                            @Nullable Category recordedCategory) {

    public PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day, @Nullable PackageFacts pkg) {
        this(app, provider, day, pkg, null);
    }

    public PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day) {
        this(app, provider, day, null, null);
    }
}
