package cn.eduapp.registry.filing.internal.recheck;

import cn.eduapp.registry.filing.RecheckAlertRaised;
import cn.eduapp.registry.provider.LicenceAdded;
import cn.eduapp.registry.provider.LicenceWithdrawn;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.Finding;
import cn.eduapp.registry.rules.Precheck;
import cn.eduapp.registry.filing.internal.FilingPrechecks;
import cn.eduapp.registry.filing.internal.persistence.RecheckStore;
import cn.eduapp.registry.filing.internal.persistence.RecheckStore.Row;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.rules.Severity;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registered filings stay true (issue 12): the pre-check re-run with the facts of the day (licences valid
 * today, the rule set in force) for every registered filing, reading facts in bulk. A blocking finding
 * raises one open alert per filing and rule; an alert whose rule passes again is RESOLVED.
 */
@Service
public class RecheckService {

    private static final Logger log = LoggerFactory.getLogger(RecheckService.class);
    /** Imported filings carry no full declaration: only the provider-based rules re-check them (API.md). */
    static final Set<String> PROVIDER_RULES = Set.of("SUBJECT_NON_PROFIT", "SUBJECT_CIVIL_AFFAIRS",
            "SUBJECT_SCHOOL_LICENCE", "SUBJECT_ONLINE_PERMIT", "JURISDICTION", "PROVIDER_BANNED");
    private static final int BATCH = 2_000;

    private final RecheckStore store;
    private final ProviderManagement providers;
    private final Precheck precheck;
    private final FilingPrechecks prechecks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    RecheckService(RecheckStore store, ProviderManagement providers, Precheck precheck, FilingPrechecks prechecks,
                   ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.providers = providers;
        this.precheck = precheck;
        this.prechecks = prechecks;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public record Outcome(int checked, int raised, int resolved, String ruleSetVersion) {
    }

    @Scheduled(fixedDelayString = "${registry.recheck.interval:P1D}", initialDelayString = "${registry.recheck.initial-delay:PT10M}")
    @SchedulerLock(name = "recheck-all", lockAtMostFor = "PT1H")
    public void scheduled() {
        runAll();
    }

    /** When a new rule-set version takes effect, everyone is re-checked at once. */
    @Scheduled(fixedDelayString = "${registry.recheck.rule-set-watch:PT1M}",
            initialDelayString = "${registry.recheck.rule-set-watch-initial-delay:PT30S}")
    @SchedulerLock(name = "recheck-rule-set-watch", lockAtMostFor = "PT1H")
    public void watchRuleSet() {
        String inForce = precheck.versionInForce(Beijing.today(clock));
        String last = store.lastRuleSetVersion().orElse(null);
        if (!inForce.equals(last)) {
            runAll();
        }
    }

    @ApplicationModuleListener
    void on(LicenceAdded e) {
        runForProvider(e.providerId().value());
    }

    @ApplicationModuleListener
    void on(LicenceWithdrawn e) {
        runForProvider(e.providerId().value());
    }

    public Outcome runAll() {
        Outcome o = run(null);
        store.ran(o.ruleSetVersion(), clock.instant());
        log.info("Re-check of registered filings: {} checked, {} alerts raised, {} resolved (rule set {})",
                o.checked(), o.raised(), o.resolved(), o.ruleSetVersion());
        return o;
    }

    public Outcome runForProvider(String providerId) {
        return run(providerId);
    }

    private Outcome run(@Nullable String providerId) {
        LocalDate day = Beijing.today(clock);
        String version = precheck.versionInForce(day);
        int checked = 0;
        int raised = 0;
        int resolved = 0;
        String after = "00000000-0000-0000-0000-000000000000";
        while (true) {
            List<Row> rows = store.batch(providerId, after, BATCH);
            if (rows.isEmpty()) {
                break;
            }
            after = rows.get(rows.size() - 1).id();
            Map<String, ProviderSnapshot> snapshots = providers.snapshots(rows.stream().map(Row::providerId).distinct().toList());
            Map<String, Set<String>> open = store.openRules(rows.stream().map(Row::id).toList());
            Map<String, Map<String, Finding>> failing = new LinkedHashMap<>();
            for (Row r : rows) {
                ProviderSnapshot p = snapshots.get(r.providerId());
                if (p == null) {
                    continue;
                }
                Map<String, Finding> byRule = new LinkedHashMap<>();
                PrecheckResult result = prechecks.recheck(r.app(), p, day,
                        r.imported() || r.categoryCorrected() ? r.category() : null);
                for (Finding f : result.findings()) {
                    if (f.severity() == Severity.BLOCKING && (!r.imported() || PROVIDER_RULES.contains(f.ruleId()))) {
                        byRule.putIfAbsent(f.ruleId(), f);
                    }
                }
                failing.put(r.id(), byRule);
                checked++;
            }
            int[] counts = apply(rows, failing, open);
            raised += counts[0];
            resolved += counts[1];
        }
        return new Outcome(checked, raised, resolved, version);
    }

    private int[] apply(List<Row> rows, Map<String, Map<String, Finding>> failing, Map<String, Set<String>> open) {
        int[] counts = new int[2];
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            for (Row r : rows) {
                Map<String, Finding> fails = failing.getOrDefault(r.id(), Map.of());
                Set<String> already = open.getOrDefault(r.id(), Set.of());
                for (Finding f : fails.values()) {
                    if (already.contains(f.ruleId())) {
                        continue;
                    }
                    String id = UUID.randomUUID().toString();
                    boolean inserted = store.raise(id, r, f, now);
                    if (inserted) {
                        counts[0]++;
                        events.publishEvent(new RecheckAlertRaised(Actor.SYSTEM, id, FilingId.of(r.id()), ProviderId.of(r.providerId()),
                                r.filingNumber(), f.ruleId(), f.clause(), f.message()));
                    }
                }
                List<String> passing = new ArrayList<>(already);
                passing.removeAll(fails.keySet());
                for (String rule : passing) {
                    counts[1] += store.passes(r.id(), rule, now);
                }
            }
        });
        return counts;
    }

}
