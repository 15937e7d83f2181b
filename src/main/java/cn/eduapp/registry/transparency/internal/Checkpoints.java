package cn.eduapp.registry.transparency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import cn.eduapp.registry.transparency.internal.persistence.CheckpointRepository;
import cn.eduapp.registry.transparency.internal.persistence.LogStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints: a new one only when the tree has grown and {@code registry.log.checkpoint-interval}
 * has passed since the last (so every instance serves the same few checkpoints, and a monitor polling
 * sees one per interval at most). Issuers on several instances take an advisory lock and re-read.
 */
@Service
public class Checkpoints {

    public record Issued(long size, byte[] root, String note, Instant at) {
    }

    private final CheckpointRepository checkpoints;
    private final LogStore store;
    private final LogSigner signer;
    private final Clock clock;
    private final Duration interval;

    Checkpoints(CheckpointRepository checkpoints, LogStore store, LogSigner signer, Clock clock, LogSettings settings) {
        this.checkpoints = checkpoints;
        this.store = store;
        this.signer = signer;
        this.clock = clock;
        this.interval = settings.checkpointInterval();
    }

    public Optional<Issued> latest() {
        return checkpoints.latest();
    }

    /** The latest checkpoint after issuing one if it is due; empty only without a signing key. */
    @Transactional
    public Optional<Issued> issue() {
        if (!signer.canSign()) {
            return Optional.empty();
        }
        checkpoints.lockIssuing();
        Optional<Issued> last = latest();
        Instant now = clock.instant();
        long size = store.size();
        if (last.isPresent()) {
            Issued l = last.get();
            // a clock set back (another instance's, a test's) must not stop the log for the difference
            boolean tooSoon = !now.isBefore(l.at()) && now.isBefore(l.at().plus(interval));
            if (size <= l.size() || tooSoon) {
                return last;
            }
        }
        byte[] root = store.withNodes(nodes -> MerkleTree.root(nodes, size));
        String note = signer.sign(SignedNote.checkpointBody(signer.name(), size, root));
        Issued issued = new Issued(size, root, note, now);
        checkpoints.insert(issued);
        return Optional.of(issued);
    }

    /** The latest, issuing the very first if none exists yet. */
    public Optional<Issued> current() {
        Optional<Issued> last = latest();
        return last.isPresent() ? last : issue();
    }
}
