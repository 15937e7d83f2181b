package cn.eduapp.registry.transparency.internal;

import cn.eduapp.registry.transparency.internal.persistence.LogStore;

import cn.eduapp.registry.transparency.LogEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds a transaction's leaves until just before it commits and appends them then, still inside it (as the
 * audit trail does, for the same reason: the log's lock is taken only after every row lock the change
 * needs, so two changes never wait on each other in a circle). If the append fails, the change fails:
 * no list change without its leaf, no leaf without its change.
 *
 * <p>The flush runs just before the audit trail's, so a transaction always takes the log's lock before
 * the chain's: the two locks are always taken in one order.
 */
@Component
public class PendingLeaves {

    private final LogStore store;
    private final TransactionTemplate alone;

    PendingLeaves(LogStore store, PlatformTransactionManager txManager) {
        this.store = store;
        this.alone = new TransactionTemplate(txManager);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void add(List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            alone.executeWithoutResult(s -> store.append(entries));
            return;
        }
        Batch batch = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Batch.class::isInstance).map(Batch.class::cast).findFirst().orElse(null);
        if (batch == null) {
            batch = new Batch(store);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.add(entries);
    }

    static final class Batch implements TransactionSynchronization {

        private final LogStore store;
        private final List<LogEntry> pending = new ArrayList<>();
        private boolean flushing;

        Batch(LogStore store) {
            this.store = store;
        }

        void add(List<LogEntry> entries) {
            if (flushing) {
                store.append(entries);
            } else {
                pending.addAll(entries);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushing = true;
            store.append(List.copyOf(pending));
            pending.clear();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }
    }
}
