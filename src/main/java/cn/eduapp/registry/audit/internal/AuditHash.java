package cn.eduapp.registry.audit.internal;

import cn.eduapp.registry.audit.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical encoding an entry's hash is computed over, so anyone can recompute it from the table
 * alone (e.g. with a script, years later):
 *
 * <pre>
 *   hash = lower-case hex of SHA-256( field(seq) || field(at) || field(actor) || field(organisation)
 *            || field(action) || field(entity_type) || field(entity_id) || field(summary) || field(prev_hash) )
 *   field(x) = 4-byte big-endian length of UTF-8(x) || UTF-8(x)
 *   seq  = decimal, no sign or padding            at = microseconds since 1970-01-01T00:00:00Z, decimal
 *   prev_hash = the previous entry's hash (lower-case hex), 64 zeros for the first entry
 * </pre>
 *
 * The length prefixes make the encoding unambiguous (no field can swallow its neighbour's characters);
 * {@code at} is kept to microseconds because PostgreSQL's timestamptz stores exactly that.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static Instant precise(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    public static byte[] canonical(long seq, Instant at, String actor, String organisation, String action,
                                   String entityType, String entityId, String summary, String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : new String[] {Long.toString(seq), Long.toString(micros(at)), actor, organisation, action,
                entityType, entityId, summary, prevHash}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            int n = bytes.length;
            out.write(n >>> 24);
            out.write(n >>> 16);
            out.write(n >>> 8);
            out.write(n);
            out.write(bytes, 0, n);
        }
        return out.toByteArray();
    }

    public static String hash(long seq, Instant at, String actor, String organisation, String action,
                              String entityType, String entityId, String summary, String prevHash) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    canonical(seq, at, actor, organisation, action, entityType, entityId, summary, prevHash)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash this entry should carry, from its stored fields. */
    public static String recompute(AuditEntry e) {
        return hash(e.seq(), e.at(), e.actor(), e.organisation(), e.action(), e.entityType(), e.entityId(), e.summary(),
                e.prevHash());
    }
}
