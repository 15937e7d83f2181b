package cn.eduapp.registry.rules;

import cn.eduapp.registry.rules.internal.RuleEngine;
import cn.eduapp.registry.rules.internal.RuleSetCatalog;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The pre-check other modules call: the rule set in force on the facts' day, applied to the facts. */
@Service
public class Precheck {

    private final RuleSetCatalog catalog;

    Precheck(RuleSetCatalog catalog) {
        this.catalog = catalog;
    }

    public PrecheckResult evaluate(PrecheckFacts facts) {
        return RuleEngine.evaluate(catalog.inForceOn(facts.day()), facts);
    }

    /** The version that governs pre-checks on {@code day} (a Beijing date): the latest whose effective date has come. */
    public String versionInForce(LocalDate day) {
        return catalog.inForceOn(day).version();
    }

    /** Every stored version, oldest effective date first. */
    public List<RuleSetVersion> versions() {
        return catalog.entries().stream()
                .map(e -> new RuleSetVersion(e.set().version(), e.set().effectiveFrom(), e.publishedAt()))
                .toList();
    }
}
