package cn.eduapp.registry.transparency;

import static cn.eduapp.registry.support.Fixtures.expect;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.MutableClock;
import cn.eduapp.registry.transparency.internal.MerkleTree;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helpers for the log: a checkpoint issued now, RFC 9162's tree hash straight from the leaves. */
record LogChecks(Api api, JdbcClient jdbc, MutableClock clock, TransparencyManagement transparency) {

    /**
     * Moves the clock past the interval after the latest checkpoint (at most a couple of minutes, so tokens
     * stay valid; a latest checkpoint stamped later than now, by a test that moved the clock far, does not
     * hold a new one back), issues what is due, and returns the checkpoint served.
     */
    String freshCheckpoint() {
        Instant last = jdbc.sql("select issued_at from log_checkpoint order by tree_size desc limit 1")
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        if (last != null && !last.isAfter(clock.instant())) {
            Instant due = last.plus(Duration.ofMinutes(1)).plusSeconds(1);
            if (due.isAfter(clock.instant())) {
                clock.setInstant(due);
            }
        }
        transparency.issueCheckpoint();
        return expect(api.get("/api/v1/public/log/checkpoint", null), 200).body();
    }

    static byte[] treeHash(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return MerkleTree.emptyRoot();
        }
        if (n == 1) {
            return MerkleTree.leafHash(d.get(0));
        }
        int k = Integer.highestOneBit(n - 1);
        return MerkleTree.nodeHash(treeHash(d.subList(0, k)), treeHash(d.subList(k, n)));
    }
}
