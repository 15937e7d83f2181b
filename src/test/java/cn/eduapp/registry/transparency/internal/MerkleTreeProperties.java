package cn.eduapp.registry.transparency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The stored-subtree proofs against RFC 9162 §2.1's definitions computed straight from the leaves, and
 * the client-side verification of §2.1.3.2 / §2.1.4.2: every tree size up to 64, random larger ones.
 */
class MerkleTreeProperties {

    @Example
    void everyTreeUpTo64ProvesEveryLeafAndEveryEarlierTree() {
        List<byte[]> leaves = leaves(64);
        for (int n = 1; n <= 64; n++) {
            checkTree(leaves.subList(0, n));
        }
    }

    @Property(tries = 40)
    void randomLargerTreesProveRandomLeavesAndPrefixes(@ForAll @IntRange(min = 65, max = 5000) int n,
                                                       @ForAll @IntRange(min = 0, max = 4999) int leaf,
                                                       @ForAll @IntRange(min = 0, max = 5000) int first) {
        List<byte[]> all = leaves(n);
        MerkleTree.NodeSource nodes = source(all);
        byte[] root = MerkleTree.root(nodes, n);
        assertThat(root).isEqualTo(mth(all));
        int m = leaf % n;
        List<byte[]> path = MerkleTree.inclusion(nodes, m, n);
        assertThat(path).usingElementComparator(Arrays::compare).containsExactlyElementsOf(referencePath(m, all));
        assertThat(MerkleTree.verifyInclusion(m, n, MerkleTree.leafHash(all.get(m)), path, root)).isTrue();
        int f = first % (n + 1);
        List<byte[]> proof = MerkleTree.consistency(nodes, f, n);
        assertThat(MerkleTree.verifyConsistency(f, n, mth(all.subList(0, f)), root, proof)).isTrue();
    }

    @Example
    void alteredLeavesRootsAndPathsFail() {
        List<byte[]> all = leaves(37);
        MerkleTree.NodeSource nodes = source(all);
        byte[] root = MerkleTree.root(nodes, 37);
        List<byte[]> path = MerkleTree.inclusion(nodes, 12, 37);
        assertThat(MerkleTree.verifyInclusion(12, 37, MerkleTree.leafHash("altered".getBytes(StandardCharsets.UTF_8)), path, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(13, 37, MerkleTree.leafHash(all.get(12)), path, root)).isFalse();
        List<byte[]> proof = MerkleTree.consistency(nodes, 20, 37);
        byte[] otherFirst = mth(leaves(19));
        assertThat(MerkleTree.verifyConsistency(20, 37, otherFirst, root, proof)).isFalse();
        List<byte[]> rewritten = new ArrayList<>(all);
        rewritten.set(3, "rewritten".getBytes(StandardCharsets.UTF_8));
        assertThat(MerkleTree.verifyConsistency(20, 37, mth(rewritten.subList(0, 20)), root, proof)).isFalse();
    }

    private static void checkTree(List<byte[]> all) {
        int n = all.size();
        MerkleTree.NodeSource nodes = source(all);
        byte[] root = MerkleTree.root(nodes, n);
        assertThat(root).isEqualTo(mth(all));
        for (int m = 0; m < n; m++) {
            List<byte[]> path = MerkleTree.inclusion(nodes, m, n);
            assertThat(path).usingElementComparator(Arrays::compare).containsExactlyElementsOf(referencePath(m, all));
            assertThat(MerkleTree.verifyInclusion(m, n, MerkleTree.leafHash(all.get(m)), path, root)).isTrue();
            assertThat(MerkleTree.verifyInclusion(m, n, MerkleTree.leafHash(all.get((m + 1) % n)), path, root))
                    .isEqualTo(n == 1 || Arrays.equals(all.get(m), all.get((m + 1) % n)));
        }
        for (int f = 0; f <= n; f++) {
            List<byte[]> proof = MerkleTree.consistency(nodes, f, n);
            if (f > 0 && f < n) {
                assertThat(proof).usingElementComparator(Arrays::compare).containsExactlyElementsOf(referenceProof(f, all));
            }
            assertThat(MerkleTree.verifyConsistency(f, n, mth(all.subList(0, f)), root, proof)).isTrue();
            if (f > 0 && f < n) {
                assertThat(MerkleTree.verifyConsistency(f, n, MerkleTree.leafHash(new byte[] {9}), root, proof)).isFalse();
            }
        }
    }

    static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(("{\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Perfect subtrees straight from the leaves. */
    static MerkleTree.NodeSource source(List<byte[]> leaves) {
        return (level, index) -> {
            int from = (int) (index << level);
            return mth(leaves.subList(from, from + (1 << level)));
        };
    }

    // RFC 9162 §2.1.1–2.1.4 word for word, over the leaves themselves

    static byte[] mth(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return MerkleTree.emptyRoot();
        }
        if (n == 1) {
            return MerkleTree.leafHash(d.get(0));
        }
        int k = Integer.highestOneBit(n - 1);
        return MerkleTree.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, n)));
    }

    static List<byte[]> referencePath(int m, List<byte[]> d) {
        int n = d.size();
        List<byte[]> out = new ArrayList<>();
        if (n == 1) {
            return out;
        }
        int k = Integer.highestOneBit(n - 1);
        if (m < k) {
            out.addAll(referencePath(m, d.subList(0, k)));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(referencePath(m - k, d.subList(k, n)));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    static List<byte[]> referenceProof(int m, List<byte[]> d) {
        return subproof(m, d, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        int n = d.size();
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = Integer.highestOneBit(n - 1);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, d.subList(k, n), false));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }
}
