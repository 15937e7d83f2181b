package cn.eduapp.registry.bench;

import cn.eduapp.registry.EduAppRegistryApplication;
import cn.eduapp.registry.transparency.LeafKind;
import cn.eduapp.registry.transparency.LogEntry;
import cn.eduapp.registry.transparency.TransparencyManagement;
import cn.eduapp.registry.transparency.internal.persistence.LogStore;
import cn.eduapp.registry.transparency.internal.MerkleTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 24's scale aim: 1,000,000 leaves appended (transactions of 1,000, as an import writes them) and
 * proved: inclusion and consistency proofs at random indices and sizes, each read from the stored
 * subtrees in one query and verified as a client would; then single-leaf appends on the full tree (the
 * cost one decision pays) and the signed checkpoint. Prints the figures.
 */
public final class TransparencyLogBench {

    public static void main(String[] args) throws Exception {
        int leaves = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int proofs = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Files.createTempDirectory("eduapp-log-bench");
        try (ConfigurableApplicationContext ctx = SpringApplication.run(EduAppRegistryApplication.class,
                "--spring.main.web-application-type=none", "--registry.data-dir=" + dir, "--registry.embedded.durable=false",
                "--registry.demo=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--registry.recheck.initial-delay=PT24H", "--registry.recheck.rule-set-watch=PT24H",
                "--registry.log.checkpoint-initial-delay=PT24H")) {
            LogStore store = ctx.getBean(LogStore.class);
            TransparencyManagement log = ctx.getBean(TransparencyManagement.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
            long base = store.size();

            long start = System.nanoTime();
            for (int done = 0; done < leaves; done += 1000) {
                int n = Math.min(1000, leaves - done);
                List<LogEntry> batch = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    batch.add(entry(done + i));
                }
                tx.executeWithoutResult(s -> store.append(batch));
            }
            double appendSeconds = (System.nanoTime() - start) / 1e9;
            long size = store.size();
            System.out.printf("appended %,d leaves in %.1f s: %,.0f leaves/s (transactions of 1,000)%n",
                    size - base, appendSeconds, (size - base) / appendSeconds);

            start = System.nanoTime();
            byte[] root = store.withNodes(nodes -> MerkleTree.root(nodes, size));
            System.out.printf("root of %,d leaves from stored subtrees: %.2f ms%n", size, (System.nanoTime() - start) / 1e6);

            Random random = new Random(24);
            AtomicInteger reads = new AtomicInteger();
            int maxReads = 0;
            start = System.nanoTime();
            for (int i = 0; i < proofs; i++) {
                long index = (long) (random.nextDouble() * size);
                String leaf = store.entry(index).orElseThrow().leaf();
                reads.set(0);
                List<byte[]> path = store.withNodes(nodes -> MerkleTree.inclusion(counting(nodes, reads), index, size));
                maxReads = Math.max(maxReads, reads.get() / 2); // the first of the two passes only learns the keys
                if (!MerkleTree.verifyInclusion(index, size, MerkleTree.leafHash(leaf.getBytes(StandardCharsets.UTF_8)), path, root)) {
                    throw new IllegalStateException("inclusion of " + index + " failed");
                }
            }
            double inclusion = (System.nanoTime() - start) / 1e6 / proofs;
            System.out.printf("inclusion proofs at %,d: %.3f ms each (leaf read, proof read in one query, verified), "
                    + "at most %d stored nodes read%n", size, inclusion, maxReads);

            maxReads = 0;
            start = System.nanoTime();
            for (int i = 0; i < proofs; i++) {
                long first = 1 + (long) (random.nextDouble() * (size - 1));
                byte[] firstRoot = store.withNodes(nodes -> MerkleTree.root(nodes, first));
                reads.set(0);
                List<byte[]> proof = store.withNodes(nodes -> MerkleTree.consistency(counting(nodes, reads), first, size));
                maxReads = Math.max(maxReads, reads.get() / 2); // the first of the two passes only learns the keys
                if (!MerkleTree.verifyConsistency(first, size, firstRoot, root, proof)) {
                    throw new IllegalStateException("consistency of " + first + " failed");
                }
            }
            double consistency = (System.nanoTime() - start) / 1e6 / proofs;
            System.out.printf("consistency proofs to %,d: %.3f ms each (old root and proof read, verified), "
                    + "at most %d stored nodes read%n", size, consistency, maxReads);

            int singles = 2000;
            start = System.nanoTime();
            for (int i = 0; i < singles; i++) {
                LogEntry e = entry(leaves + i);
                tx.executeWithoutResult(s -> store.append(List.of(e)));
            }
            System.out.printf("single-leaf appends on the full tree: %.3f ms each (own transaction)%n",
                    (System.nanoTime() - start) / 1e6 / singles);

            start = System.nanoTime();
            String note = log.issueCheckpoint().orElseThrow();
            System.out.printf("signed checkpoint of %,d leaves: %.1f ms%n%s", store.size(), (System.nanoTime() - start) / 1e6, note);
            Long bytes = jdbc.queryForObject("select pg_total_relation_size('log_leaf') + pg_total_relation_size('log_node')", Long.class);
            System.out.printf("storage: %,d MB for leaves and nodes (%,d node rows)%n", bytes / 1_000_000,
                    jdbc.queryForObject("select count(*) from log_node", Long.class));
            int bound = 2 * (64 - Long.numberOfLeadingZeros(size));
            System.out.printf("aim, proofs in O(log n) reads (at most 2·log2 n = %d nodes): %s%n", bound,
                    maxReads <= bound ? "met" : "MISSED");
        }
    }

    private static MerkleTree.NodeSource counting(MerkleTree.NodeSource nodes, AtomicInteger reads) {
        return (level, index) -> {
            reads.incrementAndGet();
            return nodes.perfect(level, index);
        };
    }

    private static LogEntry entry(int i) {
        return new LogEntry(LeafKind.REGISTERED, String.format("京教APP备%05d号", i % 100_000), "91110108MA0" + String.format("%07d", i % 10_000_000),
                "基准应用" + i, "基准提供者" + (i / 5), "REGISTERED", Instant.ofEpochSecond(1_700_000_000L + i));
    }

}
