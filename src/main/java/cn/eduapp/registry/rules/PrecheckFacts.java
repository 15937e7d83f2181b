package cn.eduapp.registry.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Everything one evaluation reads: a pure function of these gives the result. {@code pkg} is the latest
 * package inspection of the filing, when there is one.
 */
public record PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day, @Nullable PackageFacts pkg) {

    public PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day) {
        this(app, provider, day, null);
    }
}
