package cn.eduapp.registry.rules;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything one evaluation reads: a pure function of these gives the result. {@code pkg} is the latest
 * package inspection of the filing, when there is one. {@code recordedCategory} is set only for filings
 * imported from an existing registration, which carry their category but no subjects to derive it from.
 * {@code materials} are the kinds of documents the filing (or the revision) carries; null where they are not a
 * question (a re-check of a registered filing, an inspection): then the rule MATERIALS is not evaluated.
 */
public record PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day, @Nullable PackageFacts pkg,
                            @Nullable Category recordedCategory, @Nullable Set<MaterialKind> materials) {

    public PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day, @Nullable PackageFacts pkg,
                         @Nullable Category recordedCategory) {
        this(app, provider, day, pkg, recordedCategory, null);
    }

    public PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day, @Nullable PackageFacts pkg) {
        this(app, provider, day, pkg, null, null);
    }

    public PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day) {
        this(app, provider, day, null, null, null);
    }
}
