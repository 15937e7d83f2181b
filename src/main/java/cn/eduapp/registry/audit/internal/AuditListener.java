package cn.eduapp.registry.audit.internal;

import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synchronous on purpose (not an {@code @ApplicationModuleListener}): the entry belongs to the
 * publisher's transaction, so it commits or rolls back with the decision it records.
 *
 * <p>Within a transaction the entries are held until just before its commit and appended then, still
 * inside it: the chain's lock is thus taken only after the transaction has taken every row lock it
 * needs, and held only for the appends and the commit. Appending at the moment of the event instead
 * would let a transaction hold the chain lock while waiting for a row another appender holds (a
 * deadlock). If the append fails, the commit fails: no decision without its entry.
 *
 * <p>Outside a transaction (a failed login), or inside a read-only one (a view of personal data), the
 * entry is appended at once in a transaction of its own: the event happened whatever follows.
 */
@Component
class AuditListener {

    private final AuditTrail trail;
    private final Clock clock;
    private final TransactionTemplate alone;

    AuditListener(AuditTrail trail, Clock clock, PlatformTransactionManager txManager) {
        this.trail = trail;
        this.clock = clock;
        this.alone = new TransactionTemplate(txManager);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuditableEvent event) {
        Instant at = clock.instant();
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            alone.executeWithoutResult(s -> trail.append(event, at));
            return;
        }
        Batch batch = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Batch.class::isInstance).map(Batch.class::cast).findFirst().orElse(null);
        if (batch == null) {
            batch = new Batch(trail);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.add(event, at);
    }

    /** The entries of one transaction, appended in order just before it commits. */
    static final class Batch implements TransactionSynchronization {

        private final AuditTrail trail;
        private final List<AuditTrail.Pending> pending = new ArrayList<>();
        private boolean flushing;

        Batch(AuditTrail trail) {
            this.trail = trail;
        }

        void add(AuditableEvent event, Instant at) {
            if (flushing) {
                // published by another before-commit step after ours began: still inside the transaction
                trail.append(event, at);
            } else {
                pending.add(new AuditTrail.Pending(event, at));
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushing = true;
            trail.appendAll(List.copyOf(pending));
            pending.clear();
        }

        @Override
        public int getOrder() {
            // after other before-commit work, which may still publish events
            return LOWEST_PRECEDENCE;
        }
    }
}
