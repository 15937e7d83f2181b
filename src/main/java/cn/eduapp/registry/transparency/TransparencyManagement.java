package cn.eduapp.registry.transparency;

import cn.eduapp.registry.transparency.internal.Checkpoints;
import cn.eduapp.registry.transparency.internal.persistence.LogStore;
import cn.eduapp.registry.transparency.internal.PendingLeaves;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What other modules may ask of the log: append a change of theirs, and the index of the entry behind a row. */
@Service
public class TransparencyManagement {

    private final PendingLeaves pending;
    private final LogStore store;
    private final Checkpoints checkpoints;

    TransparencyManagement(PendingLeaves pending, LogStore store, Checkpoints checkpoints) {
        this.pending = pending;
        this.store = store;
        this.checkpoints = checkpoints;
    }

    /**
     * Appends this change in the caller's transaction, just before it commits (in a transaction of its own
     * if there is none): announcements call it with {@link LeafKind#ANNOUNCEMENT_PUBLISHED}.
     */
    public void append(LogEntry entry) {
        pending.add(List.of(entry));
    }

    /** The index of the latest entry behind each filing's public row (its own change or its provider's ban). */
    public Map<String, Long> latestIndexBehind(Collection<String> filingNumbers) {
        return store.latestBehind(filingNumbers);
    }

    /** The index of the entry behind each change a list or feed shows, in order; null where the log has none. */
    public List<@Nullable Long> indexBehind(List<ShownChange> shown) {
        return store.behind(shown);
    }

    public Optional<Long> latestIndexOfProvider(String creditCode) {
        return store.latestOfProvider(creditCode);
    }

    public long size() {
        return store.size();
    }

    /** Issues a checkpoint if one is due (the schedule does this every interval); returns the latest signed note. */
    public Optional<String> issueCheckpoint() {
        return checkpoints.issue().map(Checkpoints.Issued::note);
    }
}
