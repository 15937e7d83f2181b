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

    /** Moves the clock past the checkpoint interval, issues what is due, and returns the checkpoint served. */
    String freshCheckpoint() {
        Instant last = jdbc.sql("select max(issued_at) from log_checkpoint").query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(clock.instant());
        Instant at = (last.isAfter(clock.instant()) ? last : clock.instant()).plus(Duration.ofMinutes(2));
        clock.setInstant(at);
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
