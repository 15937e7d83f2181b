package cn.eduapp.registry.transparency.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints: a new one only when the tree has grown and {@code registry.log.checkpoint-interval}
 * has passed since the last (so every instance serves the same few checkpoints, and a monitor polling
 * sees one per interval at most). Issuers on several instances take an advisory lock and re-read.
 */
@Service
public class Checkpoints {

    /** The advisory-lock key of issuing ("tcpt" in ASCII). */
    static final long ISSUE_LOCK = 0x74637074L;

    public record Issued(long size, byte[] root, String note, Instant at) {
    }

    private final JdbcClient jdbc;
    private final LogStore store;
    private final LogSigner signer;
    private final Clock clock;
    private final Duration interval;

    Checkpoints(JdbcClient jdbc, LogStore store, LogSigner signer, Clock clock, LogSettings settings) {
        this.jdbc = jdbc;
        this.store = store;
        this.signer = signer;
        this.clock = clock;
        this.interval = settings.checkpointInterval();
    }

    public Optional<Issued> latest() {
        return jdbc.sql("select tree_size, root_hash, note, issued_at from log_checkpoint order by tree_size desc limit 1")
                .query((rs, i) -> new Issued(rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** The latest checkpoint after issuing one if it is due; empty only without a signing key. */
    @Transactional
    public Optional<Issued> issue() {
        if (!signer.canSign()) {
            return Optional.empty();
        }
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ISSUE_LOCK).query((rs, i) -> 1).single();
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
        jdbc.sql("insert into log_checkpoint (tree_size, root_hash, note, issued_at) values (?, ?, ?, ?)")
                .params(size, root, note, Timestamp.from(now)).update();
        return Optional.of(new Issued(size, root, note, now));
    }

    /** The latest, issuing the very first if none exists yet. */
    public Optional<Issued> current() {
        Optional<Issued> last = latest();
        return last.isPresent() ? last : issue();
    }
}
