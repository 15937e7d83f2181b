package cn.eduapp.registry.rules.internal.web;

import cn.eduapp.registry.rules.Severity;
import cn.eduapp.registry.rules.internal.RuleDefinition;
import cn.eduapp.registry.rules.internal.RuleSetCatalog;
import cn.eduapp.registry.rules.internal.RuleSetDefinition;
import cn.eduapp.registry.rules.internal.StoredRuleSet;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What the API and the pages show of rule-set versions, with their status on today's Beijing date. */
@Component
class RuleSetViews {

    /** {@code IN_FORCE} today, {@code SCHEDULED} (effective date still to come) or {@code SUPERSEDED}. */
    enum Status { IN_FORCE, SCHEDULED, SUPERSEDED }

    record VersionSummary(String version, LocalDate effectiveFrom, String title, Status status, boolean inForce,
                          String source, Instant publishedAt) {
    }

    /** {@code key} tells apart the two definitions under ICP_FILING (the BLOCKING one and {@code ICP_FILING.suffix}). */
    record RuleView(String id, String key, String clause, Severity severity, String message, boolean inForce,
                    @Nullable LicenceType licence) {

        /** The finding's text read as a requirement: what a filing will name ({0} …) left as an ellipsis. */
        public String requirement() {
            return message.replaceAll("\\{\\d+}", "……");
        }
    }

    record VersionDetail(String version, LocalDate effectiveFrom, String title, Status status, boolean inForce,
                         String source, Instant publishedAt, RuleSetDefinition.Parameters parameters,
                         List<RuleView> rules) {
    }

    private final RuleSetCatalog catalog;
    private final Clock clock;

    RuleSetViews(RuleSetCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Newest effective date first. */
    PageResult<VersionSummary> list(PageQuery page) {
        List<StoredRuleSet> entries = new ArrayList<>(catalog.entries());
        java.util.Collections.reverse(entries);
        StoredRuleSet current = catalog.entryInForceOn(today());
        List<VersionSummary> items = entries.stream().skip(page.offset()).limit(page.size())
                .map(e -> summary(e, current)).toList();
        return PageResult.of(items, page, entries.size());
    }

    Optional<VersionDetail> detail(String version) {
        return catalog.entry(version).map(this::detail);
    }

    Optional<VersionDetail> inForce() {
        return Optional.ofNullable(catalog.entryInForceOn(today())).map(this::detail);
    }

    VersionDetail detail(StoredRuleSet e) {
        VersionSummary s = summary(e, catalog.entryInForceOn(today()));
        RuleSetDefinition def = e.set().definition();
        List<RuleView> rules = def.rules().stream().map(RuleSetViews::rule).toList();
        return new VersionDetail(s.version(), s.effectiveFrom(), s.title(), s.status(), s.inForce(), s.source(),
                s.publishedAt(), def.parameters(), rules);
    }

    private VersionSummary summary(StoredRuleSet e, @Nullable StoredRuleSet current) {
        boolean inForce = current != null && current.set().version().equals(e.set().version());
        Status status = inForce ? Status.IN_FORCE
                : e.set().effectiveFrom().isAfter(today()) ? Status.SCHEDULED : Status.SUPERSEDED;
        return new VersionSummary(e.set().version(), e.set().effectiveFrom(), e.set().title(), status, inForce,
                e.source(), e.publishedAt());
    }

    private static RuleView rule(RuleDefinition r) {
        return new RuleView(r.ruleId(), r.id(), r.clause(), r.severity(), r.message(), r.active(), r.licence());
    }

    private LocalDate today() {
        return Beijing.today(clock);
    }
}
