package cn.eduapp.registry.publication.internal.persistence;

import cn.eduapp.registry.publication.internal.PublicationSettings;
import cn.eduapp.registry.publication.internal.domain.VerifyKey;
import cn.eduapp.registry.system.data.ChannelListener;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The verification index held in memory (issue 17): verify's rows, found or not, kept after their first read.
 * Every write of {@code pub_verify} notifies channel {@value #CHANNEL} with its keys in the same transaction
 * ({@link #notifySql}); every instance listens and forgets those keys when the write commits, and the writing
 * instance forgets them itself at commit too. While the listening connection is down the cache is bypassed
 * and, once it listens again, emptied, so an instance never answers from a row changed while it was not
 * listening. Size {@code registry.publication.verify-cache-size} (0: no cache, every verify reads the table).
 */
@Component
public class VerifyRowCache implements SmartLifecycle {

    static final String CHANNEL = "pub_verify_changed";
    /** The payload saying "everything": a write of many keys sends this once rather than each key. */
    static final String EVERYTHING = "*";
    /** Above this many keys in one write, {@link #EVERYTHING} is sent. */
    static final int MAX_KEYS_NOTIFIED = 200;

    private final DataSource dataSource;
    private final Cache<VerifyKey, Entry> rows;
    /** Raised before the whole cache is emptied: a row whose read began before that is not used. */
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;
    private volatile boolean listening;
    private ChannelListener listener;

    VerifyRowCache(DataSource dataSource, PublicationSettings settings) {
        this.dataSource = dataSource;
        this.enabled = settings.verifyCacheSize() > 0;
        this.rows = Caffeine.newBuilder().maximumSize(Math.max(1, settings.verifyCacheSize())).build();
    }

    /** A row as read, with the generation in which its read began. */
    private record Entry(long generation, Optional<VerifyRows.Answer> answer) {
    }

    /** The row of this key: from memory while it is known to be current, else from {@code read}. */
    Optional<VerifyRows.Answer> find(VerifyKey key, Function<VerifyKey, Optional<VerifyRows.Answer>> read) {
        if (!listening) {
            return read.apply(key);
        }
        // the read runs inside the cache's computation of the key, so forgetting that key waits for it: a row
        // read before a commit is never kept after the commit's notice. Emptying the whole cache does not wait
        // for reads under way; their generation tells.
        Entry entry = rows.get(key, k -> {
            long started = generation.get();
            return new Entry(started, read.apply(k));
        });
        if (entry.generation() != generation.get()) {
            rows.asMap().remove(key, entry);
            return read.apply(key);
        }
        return entry.answer();
    }

    /** The keys a write changes: forgotten here when its transaction commits (other instances hear the notice). */
    void forgetAtCommit(Collection<VerifyKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget(keys);
            return;
        }
        List<VerifyKey> copy = List.copyOf(keys);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forget(copy);
            }
        });
    }

    /** The payloads to notify for these keys: each key, or {@link #EVERYTHING} for a large write. */
    static String[] payloads(Collection<VerifyKey> keys) {
        if (keys.size() > MAX_KEYS_NOTIFIED) {
            return new String[] {EVERYTHING};
        }
        return keys.stream().map(k -> k.platform() + ":" + k.identifier()).toArray(String[]::new);
    }

    static String notifySql() {
        return "select pg_notify('" + CHANNEL + "', p) from unnest(?::text[]) p";
    }

    private void forget(Collection<VerifyKey> keys) {
        if (keys.size() > MAX_KEYS_NOTIFIED) {
            forgetEverything();
        } else {
            rows.invalidateAll(keys);
        }
    }

    private void forgetEverything() {
        generation.incrementAndGet();
        rows.invalidateAll();
    }

    private void heard(String payload) {
        int colon = payload.indexOf(':');
        if (EVERYTHING.equals(payload) || colon < 0) {
            forgetEverything();
        } else {
            rows.invalidate(new VerifyKey(payload.substring(0, colon), payload.substring(colon + 1)));
        }
    }

    @Override
    public synchronized void start() {
        if (!enabled || listener != null) {
            return;
        }
        listener = ChannelListener.start(dataSource, CHANNEL, new ChannelListener.Handler() {
            @Override
            public void listening() {
                forgetEverything();
                listening = true;
            }

            @Override
            public void notified(String payload) {
                heard(payload);
            }

            @Override
            public void lost() {
                listening = false;
                forgetEverything();
            }
        });
    }

    @Override
    public synchronized void stop() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        listening = false;
        forgetEverything();
    }

    @Override
    public synchronized boolean isRunning() {
        return listener != null;
    }

    /** Whether verify is answered from memory now (tests wait for it). */
    public boolean listening() {
        return listening;
    }
}
