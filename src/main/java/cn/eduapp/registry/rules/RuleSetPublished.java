package cn.eduapp.registry.rules;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.LocalDate;

/**
 * A rule-set version was stored (through the API, a dropped file, or the release's bundled files at start).
 * It governs pre-checks from {@code effectiveFrom} (a Beijing date) on; re-checks take their cue from it.
 */
public record RuleSetPublished(Actor actor, String version, LocalDate effectiveFrom) implements AuditableEvent {

    @Override
    public String action() {
        return "RULE_SET_PUBLISHED";
    }

    @Override
    public String entityType() {
        return "RULE_SET";
    }

    @Override
    public String entityId() {
        return version;
    }

    @Override
    public String summary() {
        return "发布预检规则集 " + version + "，自 " + effectiveFrom + " 起施行";
    }
}
