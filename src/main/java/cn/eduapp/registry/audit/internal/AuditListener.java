package cn.eduapp.registry.audit.internal;

import cn.eduapp.registry.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synchronous on purpose (not an {@code @ApplicationModuleListener}): the entry is written inside the
 * publisher's transaction, so it commits or rolls back with the decision it records; an event published
 * outside a transaction (a failed login) is written in a transaction of its own. A failure to write
 * propagates and so refuses the decision.
 */
@Component
class AuditListener {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuditableEvent event) {
        trail.append(event);
    }
}
