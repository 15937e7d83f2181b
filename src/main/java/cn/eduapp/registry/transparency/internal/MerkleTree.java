package cn.eduapp.registry.transparency.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 9162 §2.1: the tree hash, inclusion proofs (PATH) and consistency proofs (PROOF / SUBPROOF), and
 * the client's verification of both (§2.1.3.2, §2.1.4.2). Hashes of ranges come from a {@link NodeSource}
 * of perfect subtrees, so a proof reads O(log n) stored nodes, never the leaves.
 */
public final class MerkleTree {

    /** Hashes of perfect subtrees: {@code level} 0 is a leaf hash, level l covers 2^l leaves from index·2^l. */
    public interface NodeSource {
        byte[] perfect(int level, long index);
    }

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest d = sha256();
        d.update((byte) 0x00);
        return d.digest(leaf);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = sha256();
        d.update((byte) 0x01);
        d.update(left);
        return d.digest(right);
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** MTH(D[0:n]). */
    public static byte[] root(NodeSource nodes, long n) {
        return n == 0 ? emptyRoot() : range(nodes, 0, n);
    }

    /** MTH(D[a:b]) for the ranges RFC 9162's recursion makes (a aligned to the largest power of two below b − a). */
    static byte[] range(NodeSource nodes, long a, long b) {
        long size = b - a;
        if (Long.bitCount(size) == 1 && a % size == 0) {
            return nodes.perfect(Long.numberOfTrailingZeros(size), a / size);
        }
        long k = Long.highestOneBit(size - 1);
        return nodeHash(range(nodes, a, a + k), range(nodes, a + k, b));
    }

    /** PATH(m, D[0:n]), 0 ≤ m < n. */
    public static List<byte[]> inclusion(NodeSource nodes, long m, long n) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
        }
        List<byte[]> path = new ArrayList<>();
        path(nodes, m, 0, n, path);
        return path;
    }

    private static void path(NodeSource nodes, long m, long a, long b, List<byte[]> out) {
        long size = b - a;
        if (size == 1) {
            return;
        }
        long k = Long.highestOneBit(size - 1);
        if (m < k) {
            path(nodes, m, a, a + k, out);
            out.add(range(nodes, a + k, b));
        } else {
            path(nodes, m - k, a + k, b, out);
            out.add(range(nodes, a, a + k));
        }
    }

    /** PROOF(m, D[0:n]), 0 ≤ m ≤ n; empty when m is 0 or n. */
    public static List<byte[]> consistency(NodeSource nodes, long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("tree of " + m + " does not precede one of " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(nodes, m, 0, n, true, proof);
        }
        return proof;
    }

    private static void subproof(NodeSource nodes, long m, long a, long b, boolean complete, List<byte[]> out) {
        long size = b - a;
        if (m == size) {
            if (!complete) {
                out.add(range(nodes, a, b));
            }
            return;
        }
        long k = Long.highestOneBit(size - 1);
        if (m <= k) {
            subproof(nodes, m, a, a + k, complete, out);
            out.add(range(nodes, a + k, b));
        } else {
            subproof(nodes, m - k, a + k, b, false, out);
            out.add(range(nodes, a, a + k));
        }
    }

    /** §2.1.3.2: does {@code path} prove the leaf with this hash at {@code index} in the tree of {@code size} with {@code root}? */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** §2.1.4.2: does {@code proof} show the tree of {@code second} with {@code secondRoot} extends the one of {@code first}? */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty(); // the empty tree is a prefix of every tree
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
