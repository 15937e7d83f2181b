package cn.eduapp.registry.transparency.internal.persistence;

import cn.eduapp.registry.transparency.internal.CanonicalLeaf;
import cn.eduapp.registry.transparency.internal.MerkleTree;

import cn.eduapp.registry.transparency.LogEntry;
import cn.eduapp.registry.transparency.ShownChange;
import cn.eduapp.registry.system.data.Rows;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's tables. Appends are serialised by a transaction-scoped advisory lock, so the leaves are one
 * line in commit order; each append writes its leaf and every perfect subtree it completes (on average
 * two rows per leaf), reading only the O(log n) subtrees on the tree's right edge.
 */
@Repository
public class LogStore {

    /** The advisory-lock key of the log ("tlog" in ASCII); no other code may use it. */
    static final long LOG_LOCK = 0x746c6f67L;
    private static final byte[] PLACEHOLDER = new byte[32];

    public record Key(int level, long index) {
    }

    public record Stored(long index, String leaf) {
    }

    private record Node(int level, long idx, byte[] hash) {
    }

    private record Latest(String filingNumber, long seq) {
    }

    /** {@code n}: the change's place in the list, from 1; {@code seq}: its leaf, null when the log has none. */
    private record Behind(int n, @Nullable Long seq) {
    }

    private final JdbcClient jdbc;

    public LogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends in order inside the caller's transaction; returns the index of the first. */
    public long append(List<LogEntry> entries) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOG_LOCK).query((rs, i) -> 1).single();
        long n = size();
        if (entries.isEmpty()) {
            return n;
        }
        Map<Key, byte[]> known = nodes(edge(n));
        int count = entries.size();
        long[] seqs = new long[count];
        String[] kinds = new String[count];
        String[] numbers = new String[count];
        String[] codes = new String[count];
        String[] ats = new String[count];
        String[] texts = new String[count];
        List<Integer> levels = new ArrayList<>(count * 2);
        List<Long> indices = new ArrayList<>(count * 2);
        List<byte[]> hashes = new ArrayList<>(count * 2);
        for (int i = 0; i < count; i++) {
            LogEntry e = entries.get(i);
            long seq = n + i;
            String leaf = CanonicalLeaf.of(seq, e);
            seqs[i] = seq;
            kinds[i] = e.kind().name();
            numbers[i] = e.filingNumber();
            codes[i] = e.creditCode();
            ats[i] = e.at().toString();
            texts[i] = leaf;
            byte[] hash = MerkleTree.leafHash(leaf.getBytes(StandardCharsets.UTF_8));
            int level = 0;
            long index = seq;
            while (true) {
                known.put(new Key(level, index), hash);
                levels.add(level);
                indices.add(index);
                hashes.add(hash);
                if ((index & 1) == 0) {
                    break;
                }
                hash = MerkleTree.nodeHash(known.get(new Key(level, index - 1)), hash);
                level++;
                index >>= 1;
            }
        }
        // one statement per table: a batch of a thousand leaves is two round trips, not three thousand
        jdbc.sql("""
                        insert into log_leaf (seq, kind, filing_number, credit_code, at, leaf)
                        select s, k, f, c, a::timestamptz, l from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                               as t(s, k, f, c, a, l)""")
                .params(seqs, kinds, numbers, codes, ats, texts).update();
        jdbc.sql("insert into log_node (level, idx, hash) select * from unnest(?::smallint[], ?::bigint[], ?::bytea[])")
                .params(levels.stream().mapToInt(Integer::intValue).toArray(), indices.stream().mapToLong(Long::longValue).toArray(),
                        hashes.toArray(byte[][]::new)).update();
        return n;
    }

    public long size() {
        return jdbc.sql("select coalesce(max(seq) + 1, 0) from log_leaf").query(Long.class).single();
    }

    /** The perfect subtrees a tree of n leaves is made of, left to right: what the next append builds on. */
    static List<Key> edge(long n) {
        List<Key> keys = new ArrayList<>();
        long offset = 0;
        for (int level = 62; level >= 0; level--) {
            if ((n & (1L << level)) != 0) {
                keys.add(new Key(level, offset >> level));
                offset += 1L << level;
            }
        }
        return keys;
    }

    /**
     * Runs a computation over the stored subtrees in two passes: the first only learns which nodes it
     * reads (the RFC's recursions depend on sizes, never on hash values), one query fetches them, the
     * second computes.
     */
    public <T> T withNodes(Function<MerkleTree.NodeSource, T> computation) {
        Set<Key> wanted = new LinkedHashSet<>();
        computation.apply((level, index) -> {
            wanted.add(new Key(level, index));
            return PLACEHOLDER;
        });
        Map<Key, byte[]> found = nodes(wanted);
        return computation.apply((level, index) -> {
            byte[] hash = found.get(new Key(level, index));
            if (hash == null) {
                throw new IllegalStateException("log node " + level + "/" + index + " is missing");
            }
            return hash;
        });
    }

    Map<Key, byte[]> nodes(Collection<Key> keys) {
        Map<Key, byte[]> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        int[] levels = keys.stream().mapToInt(Key::level).toArray();
        long[] indices = keys.stream().mapToLong(Key::index).toArray();
        jdbc.sql("""
                        select n.level, n.idx, n.hash from unnest(?::smallint[], ?::bigint[]) k(level, idx)
                          join log_node n on n.level = k.level and n.idx = k.idx""")
                .params(levels, indices)
                .query(Rows.of(Node.class))
                .list()
                .forEach(r -> found.put(new Key(r.level(), r.idx()), r.hash()));
        return found;
    }

    public List<Stored> entries(long start, long end) {
        return jdbc.sql("select seq as index, leaf from log_leaf where seq >= ? and seq < ? order by seq")
                .params(start, end).query(Rows.of(Stored.class)).list();
    }

    public Optional<Stored> entry(long index) {
        return jdbc.sql("select seq as index, leaf from log_leaf where seq = ?").param(index)
                .query(Rows.of(Stored.class)).optional();
    }

    /** The latest leaf about this filing, below {@code treeSize}. */
    public Optional<Long> latestOfFiling(String filingNumber, long treeSize) {
        return jdbc.sql("select seq from log_leaf where filing_number = ? and seq < ? order by seq desc limit 1")
                .params(filingNumber, treeSize).query(Long.class).optional();
    }

    /** The latest leaf behind each filing's public row: its own or, if later, its provider's ban or ban's end. */
    public Map<String, Long> latestBehind(Collection<String> filingNumbers) {
        Map<String, Long> out = new HashMap<>();
        if (filingNumbers.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select f.filing_number, greatest(f.seq, (select max(p.seq) from log_leaf p
                                                                  where p.filing_number is null and p.credit_code = f.credit_code)) as seq
                          from (select distinct on (filing_number) filing_number, credit_code, seq from log_leaf
                                 where filing_number = any(?) order by filing_number, seq desc) f""")
                .param(filingNumbers.toArray(String[]::new))
                .query(Rows.of(Latest.class))
                .list()
                .forEach(r -> out.put(r.filingNumber(), r.seq()));
        return out;
    }

    /** The latest leaf about a provider as a whole (its ban or the ban's end). */
    public Optional<Long> latestOfProvider(String creditCode) {
        return jdbc.sql("""
                        select seq from log_leaf where filing_number is null and credit_code = ? order by seq desc limit 1""")
                .param(creditCode).query(Long.class).optional();
    }

    /** The index behind each change shown (null where the log has none, e.g. changes older than the log). */
    public List<@Nullable Long> behind(List<ShownChange> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Integer, Long> found = new HashMap<>();
        jdbc.sql("""
                        select s.n, (select l.seq from log_leaf l
                                      where l.kind = s.kind and l.at <= s.at::timestamptz
                                        and (l.filing_number = s.filing_number
                                             or (s.filing_number is null and l.filing_number is null and l.credit_code = s.credit_code))
                                      order by l.seq desc limit 1) as seq
                          from unnest(?::text[], ?::text[], ?::text[], ?::text[]) with ordinality s(kind, filing_number, credit_code, at, n)""")
                .params(shown.stream().map(ShownChange::kind).toArray(String[]::new),
                        shown.stream().map(ShownChange::filingNumber).toArray(String[]::new),
                        shown.stream().map(ShownChange::creditCode).toArray(String[]::new),
                        shown.stream().map(s -> s.at().toString()).toArray(String[]::new))
                .query(Rows.of(Behind.class))
                .list()
                .forEach(r -> {
                    if (r.seq() != null) {
                        found.put(r.n() - 1, r.seq());
                    }
                });
        List<@Nullable Long> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            out.add(found.get(i));
        }
        return out;
    }
}
