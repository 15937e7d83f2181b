package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.internal.metrics.FilingMetrics;
import cn.eduapp.registry.filing.internal.persistence.FilingQueries;
import cn.eduapp.registry.filing.internal.persistence.MaterialRepository;
import cn.eduapp.registry.filing.internal.persistence.PackageFactsRepository;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.MaterialKind;
import cn.eduapp.registry.rules.PackageFacts;
import cn.eduapp.registry.rules.Precheck;
import cn.eduapp.registry.rules.PrecheckFacts;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.rules.ProviderFacts;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.system.web.ApiProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that builds a filing's pre-check: the declaration (a filing's or a revision's), the provider's
 * facts of the day, the filing's latest inspected package (filing's own copy), a category the city corrected and,
 * for a filing's own pre-check, the kinds of its materials (issue 21; a revision's are not yet required).
 */
@Component
public class FilingPrechecks {

    private final ProviderManagement providers;
    private final Precheck precheck;
    private final FilingQueries queries;
    private final PackageFactsRepository packages;
    private final MaterialRepository materials;
    private final FilingMetrics metrics;
    private final Clock clock;

    FilingPrechecks(ProviderManagement providers, Precheck precheck, FilingQueries queries, PackageFactsRepository packages,
                    MaterialRepository materials, FilingMetrics metrics, Clock clock) {
        this.materials = materials;
        this.providers = providers;
        this.precheck = precheck;
        this.queries = queries;
        this.packages = packages;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A filing's own pre-check (asked for, or for its submission): with the kinds of materials it carries. */
    public PrecheckResult ofFiling(String filingId, String providerId, Declaration app) {
        return of(filingId, providerId, app, materials.kinds(filingId, null));
    }

    /** A revision's pre-check: its materials are not (yet) a condition of its submission. */
    public PrecheckResult of(String filingId, String providerId, Declaration app) {
        return of(filingId, providerId, app, null);
    }

    /** A pre-check people asked for or a submission needs: with the facts of today, counted in the metrics. */
    private PrecheckResult of(String filingId, String providerId, Declaration app, @Nullable Set<MaterialKind> kinds) {
        ProviderSnapshot p = providers.snapshot(providerId).orElseThrow(ApiProblem::notFound);
        PackageFacts pkg = packages.latest(filingId).orElse(null);
        Category corrected = queries.correctedCategory(filingId).orElse(null);
        PrecheckResult result = precheck.evaluate(new PrecheckFacts(app, facts(p), Beijing.today(clock), pkg, corrected,
                kinds));
        metrics.precheck(result);
        return result;
    }

    /** The re-check of a registered filing on {@code day}: declaration and provider only (facts read in bulk). */
    public PrecheckResult recheck(Declaration app, ProviderSnapshot provider, LocalDate day, @Nullable Category category) {
        return evaluate(app, provider, day, null, category);
    }

    private PrecheckResult evaluate(Declaration app, ProviderSnapshot p, LocalDate day, @Nullable PackageFacts pkg,
                                    @Nullable Category category) {
        return precheck.evaluate(new PrecheckFacts(app, facts(p), day, pkg, category));
    }

    /** What the rules know of a provider: the one mapping, for single pre-checks and bulk re-checks alike. */
    static ProviderFacts facts(ProviderSnapshot p) {
        return new ProviderFacts(p.creditCode().value(), p.legalPersonType(),
                p.licences().stream().map(l -> new ProviderFacts.LicenceFact(l.type(), l.validFrom(), l.validUntil(),
                        l.withdrawn())).toList(),
                p.bannedUntil());
    }
}
