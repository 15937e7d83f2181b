package cn.eduapp.registry.rules;

import cn.eduapp.registry.rules.internal.RuleEngine;
import cn.eduapp.registry.rules.internal.RuleSetCatalog;
import org.springframework.stereotype.Service;

/** The pre-check other modules call: the rule set in force on the facts' day, applied to the facts. */
@Service
public class Precheck {

    private final RuleSetCatalog catalog;

    Precheck(RuleSetCatalog catalog) {
        this.catalog = catalog;
    }

    /** The version of the rule set in force on a (Beijing) day. */
    public String versionInForce(java.time.LocalDate day) {
        return catalog.inForceOn(day).version();
    }

    public PrecheckResult evaluate(PrecheckFacts facts) {
        return RuleEngine.evaluate(catalog.inForceOn(facts.day()), facts);
    }
}
