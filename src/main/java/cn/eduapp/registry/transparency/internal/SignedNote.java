package cn.eduapp.registry.transparency.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * C2SP signed-note with Ed25519 (signature type 0x01): the key ID is the first four bytes of
 * SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key); a signature line is "— name base64(key ID ‖ signature)"; the
 * verifier key is "name+hex(key ID)+base64(0x01 ‖ public key)". Also the C2SP tlog-checkpoint body.
 */
public final class SignedNote {

    private static final byte ED25519 = 0x01;
    private static final String DASH = "\u2014 ";
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw 32-byte key follows. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    /** A checkpoint as read from its body. */
    public record Checkpoint(String origin, long size, byte[] root) {
    }

    private SignedNote() {
    }

    public static String checkpointBody(String origin, long size, byte[] root) {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    public static byte[] keyId(String name, byte[] publicKey) {
        var d = MerkleTree.sha256();
        d.update(name.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0x0A);
        d.update(ED25519);
        return Arrays.copyOf(d.digest(publicKey), 4);
    }

    public static String verifierKey(String name, byte[] publicKey) {
        byte[] typed = new byte[33];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, 32);
        return name + "+" + HexFormat.of().formatHex(keyId(name, publicKey)) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    public static String sign(String text, String name, PrivateKey key, byte[] publicKey) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] sig = ByteBuffer.allocate(4 + 64).put(keyId(name, publicKey)).put(s.sign()).array();
            return text + "\n" + DASH + name + " " + Base64.getEncoder().encodeToString(sig) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The note's text if a signature line of the verifier key verifies, empty otherwise. A note whose line
     * for that key fails is refused whole, as the spec says.
     */
    public static Optional<String> open(String note, String verifierKey) {
        try {
            return openChecked(note, verifierKey);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // malformed base64 in the key or a signature line
        }
    }

    private static Optional<String> openChecked(String note, String verifierKey) {
        String[] vk = verifierKey.strip().split("\\+", 3);
        if (vk.length != 3) {
            return Optional.empty();
        }
        byte[] typed = Base64.getDecoder().decode(vk[2]);
        if (typed.length != 33 || typed[0] != ED25519) {
            return Optional.empty();
        }
        byte[] publicKey = Arrays.copyOfRange(typed, 1, 33);
        byte[] id = keyId(vk[0], publicKey);
        if (!HexFormat.of().formatHex(id).equals(vk[1])) {
            return Optional.empty();
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            return Optional.empty();
        }
        String text = note.substring(0, split + 1);
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith(DASH + vk[0] + " ")) {
                continue;
            }
            byte[] sig = Base64.getDecoder().decode(line.substring(DASH.length() + vk[0].length() + 1));
            if (sig.length != 68 || !Arrays.equals(Arrays.copyOf(sig, 4), id)) {
                continue;
            }
            return verifies(text, publicKey, Arrays.copyOfRange(sig, 4, 68)) ? Optional.of(text) : Optional.empty();
        }
        return Optional.empty();
    }

    public static Checkpoint parseCheckpoint(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 3) {
            throw new IllegalArgumentException("not a checkpoint");
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
    }

    private static boolean verifies(String text, byte[] publicKey, byte[] signature) {
        try {
            byte[] spki = ByteBuffer.allocate(SPKI_PREFIX.length + 32).put(SPKI_PREFIX).put(publicKey).array();
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The raw 32 bytes of an Ed25519 public key. */
    public static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }
}
