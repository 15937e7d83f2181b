package cn.eduapp.registry.audit.internal;

import cn.eduapp.registry.audit.AuditEntry;
import cn.eduapp.registry.audit.Verification;
import cn.eduapp.registry.audit.internal.persistence.AuditEntryRepository;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries and reads them back. Appends are serialised by a transaction-scoped advisory lock, so
 * the chain is one line however many requests decide at once: each appender reads the last entry only
 * after the previous appender's transaction has ended (committed or rolled back).
 */
@Service
public class AuditTrail {

    /** The advisory-lock key of the chain ("audit" in ASCII); no other code may use it. */
    static final long CHAIN_LOCK = 0x6175646974L;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_FIELD = 200;

    private final AuditEntryRepository rows;
    private final TransactionTemplate readOnly;

    AuditTrail(AuditEntryRepository rows, PlatformTransactionManager txManager) {
        this.rows = rows;
        this.readOnly = new TransactionTemplate(txManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** An event to record and the moment it happened. */
    public record Pending(AuditableEvent event, Instant at) {
    }

    /**
     * Writes the entry, stamped {@code at}, in the caller's transaction (or in one of its own when there is
     * none); {@link AuditListener} decides which transaction that is.
     */
    @Transactional
    public AuditEntry append(AuditableEvent event, Instant when) {
        return appendAll(List.of(new Pending(event, when))).get(0);
    }

    /**
     * Writes the entries in order, chained one after the other: the chain's lock and its last entry are read
     * once, and the rows go to the database in one batch (a transaction that decides many things at once,
     * such as an import creating thousands of providers, pays one round trip instead of three per entry).
     */
    @Transactional
    public List<AuditEntry> appendAll(List<Pending> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        rows.lock(CHAIN_LOCK);
        AuditEntryRepository.Link last = rows.last().orElse(new AuditEntryRepository.Link(0, AuditHash.GENESIS));
        List<AuditEntry> entries = new ArrayList<>(events.size());
        long seq = last.seq();
        String prev = last.hash();
        for (Pending p : events) {
            AuditEntry e = entry(++seq, p.event(), AuditHash.precise(p.at()), prev);
            entries.add(e);
            prev = e.hash();
        }
        rows.insertAll(entries);
        return entries;
    }

    private static AuditEntry entry(long seq, AuditableEvent event, Instant at, String prevHash) {
        Actor actor = event.actor();
        String username = clip(actor == null ? "" : actor.username(), MAX_FIELD);
        String organisation = clip(actor == null ? "" : actor.organisationId(), MAX_FIELD);
        String action = clip(event.action(), MAX_FIELD);
        String entityType = clip(event.entityType(), MAX_FIELD);
        String entityId = clip(event.entityId(), MAX_FIELD);
        String summary = clip(event.summary(), MAX_SUMMARY);
        String hash = AuditHash.hash(seq, at, username, organisation, action, entityType, entityId, summary, prevHash);
        return new AuditEntry(seq, at, username, organisation, action, entityType, entityId, summary, prevHash, hash);
    }

    public PageResult<AuditEntry> find(@Nullable String entityType, @Nullable String entityId, PageQuery page) {
        return rows.find(entityType, entityId, page);
    }

    /**
     * Recomputes the chain from the latest archive checkpoint (or the genesis) to the newest entry,
     * streaming rows in seq order. The first break is the first entry whose seq is not the next one (an
     * entry was removed before it), whose prev_hash is not the previous entry's hash, or whose hash does
     * not match its fields. Entries are counted to the end either way.
     */
    public Verification verify() {
        return Objects.requireNonNull(readOnly.execute(status -> {
            AuditEntryRepository.Link start = rows.checkpoint().orElse(new AuditEntryRepository.Link(0, AuditHash.GENESIS));
            Verifier v = new Verifier(start.seq() + 1, start.hash());
            rows.forEachAfter(start.seq(), v::accept);
            return new Verification(v.broken == null, v.entries, v.broken);
        }));
    }

    /** The running state of one verification pass. */
    static final class Verifier {
        long expectedSeq;
        String prevHash;
        long entries;
        @Nullable Long broken;

        Verifier(long firstSeq, String prevHash) {
            this.expectedSeq = firstSeq;
            this.prevHash = prevHash;
        }

        void accept(AuditEntry e) {
            entries++;
            if (broken != null) {
                return;
            }
            if (e.seq() != expectedSeq) {
                broken = Math.min(e.seq(), expectedSeq);
            } else if (!e.prevHash().equals(prevHash) || !AuditHash.recompute(e).equals(e.hash())) {
                broken = e.seq();
            }
            expectedSeq = e.seq() + 1;
            prevHash = e.hash();
        }
    }

    private static String clip(@Nullable String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
