package cn.eduapp.registry.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.audit.AuditEntry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    static final Instant AT = Instant.parse("2026-03-01T08:00:00.123456789Z");

    @Test
    void theHashIsSha256OverLengthPrefixedUtf8FieldsAsDocumented() throws Exception {
        String[] fields = {"7", "1772352000123456", "city-reviewer", "org", "FILING_CITY_APPROVED", "FILING", "f-1",
                "CITY_REVIEW → MOE_REVIEW：同意", AuditHash.GENESIS};
        ByteBuffer buf = ByteBuffer.allocate(1024);
        for (String f : fields) {
            byte[] b = f.getBytes(StandardCharsets.UTF_8);
            buf.putInt(b.length).put(b);
        }
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(java.util.Arrays.copyOf(buf.array(), buf.position()));
        assertThat(AuditHash.hash(7, AT, "city-reviewer", "org", "FILING_CITY_APPROVED", "FILING", "f-1",
                "CITY_REVIEW → MOE_REVIEW：同意", AuditHash.GENESIS)).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void timeIsKeptToTheMicrosecondPostgresStores() {
        assertThat(AuditHash.precise(AT)).isEqualTo(Instant.parse("2026-03-01T08:00:00.123456Z"));
        assertThat(AuditHash.hash(1, AT, "a", "", "X", "T", "1", "s", AuditHash.GENESIS))
                .isEqualTo(AuditHash.hash(1, AuditHash.precise(AT), "a", "", "X", "T", "1", "s", AuditHash.GENESIS));
    }

    @Test
    void everyFieldIsCoveredAndBoundariesCannotShift() {
        String base = AuditHash.hash(1, AT, "ab", "c", "X", "T", "1", "s", AuditHash.GENESIS);
        assertThat(AuditHash.hash(1, AT, "a", "bc", "X", "T", "1", "s", AuditHash.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHash.hash(2, AT, "ab", "c", "X", "T", "1", "s", AuditHash.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHash.hash(1, AT.plusNanos(1000), "ab", "c", "X", "T", "1", "s", AuditHash.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHash.hash(1, AT, "ab", "c", "Y", "T", "1", "s", AuditHash.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHash.hash(1, AT, "ab", "c", "X", "U", "1", "s", AuditHash.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHash.hash(1, AT, "ab", "c", "X", "T", "2", "s", AuditHash.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHash.hash(1, AT, "ab", "c", "X", "T", "1", "t", AuditHash.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHash.hash(1, AT, "ab", "c", "X", "T", "1", "s", "1".repeat(64))).isNotEqualTo(base);
    }

    static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            Instant at = AuditHash.precise(AT.plusSeconds(seq));
            String hash = AuditHash.hash(seq, at, "u", "o", "A", "T", "id" + seq, "s" + seq, prev);
            entries.add(new AuditEntry(seq, at, "u", "o", "A", "T", "id" + seq, "s" + seq, prev, hash));
            prev = hash;
        }
        return entries;
    }

    static AuditTrail.Verifier run(List<AuditEntry> entries) {
        AuditTrail.Verifier v = new AuditTrail.Verifier(1, AuditHash.GENESIS);
        entries.forEach(v::accept);
        return v;
    }

    @Test
    void anIntactChainVerifies() {
        AuditTrail.Verifier v = run(chain(5));
        assertThat(v.broken).isNull();
        assertThat(v.entries).isEqualTo(5);
    }

    @Test
    void aChangedFieldIsReportedAtItsEntry() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        entries.set(2, new AuditEntry(e.seq(), e.at(), "intruder", e.organisation(), e.action(), e.entityType(), e.entityId(),
                e.summary(), e.prevHash(), e.hash()));
        AuditTrail.Verifier v = run(entries);
        assertThat(v.broken).isEqualTo(3L);
        assertThat(v.entries).isEqualTo(5);
    }

    @Test
    void aRehashedEntryIsReportedWhereTheLinkBreaks() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        String forged = AuditHash.hash(e.seq(), e.at(), e.actor(), e.organisation(), e.action(), e.entityType(), e.entityId(),
                "forged", e.prevHash());
        entries.set(2, new AuditEntry(e.seq(), e.at(), e.actor(), e.organisation(), e.action(), e.entityType(), e.entityId(),
                "forged", e.prevHash(), forged));
        assertThat(run(entries).broken).isEqualTo(4L);
    }

    @Test
    void aRemovedEntryIsReportedByItsMissingSequence() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        AuditTrail.Verifier v = run(entries);
        assertThat(v.broken).isEqualTo(2L);
        assertThat(v.entries).isEqualTo(4);
    }

    @Test
    void aChainContinuingFromAnArchiveCheckpointVerifies() {
        List<AuditEntry> entries = chain(6);
        AuditTrail.Verifier v = new AuditTrail.Verifier(4, entries.get(2).hash());
        entries.subList(3, 6).forEach(v::accept);
        assertThat(v.broken).isNull();
        assertThat(v.entries).isEqualTo(3);
    }

    @Test
    void aMillionEntriesVerifyInConstantMemory() {
        // the verifier keeps only the previous hash and a counter; rows stream past it (fetch size 1000)
        AuditTrail.Verifier v = new AuditTrail.Verifier(1, AuditHash.GENESIS);
        String prev = AuditHash.GENESIS;
        Instant at = AuditHash.precise(AT);
        for (long seq = 1; seq <= 1_000_000; seq++) {
            String hash = AuditHash.hash(seq, at, "u", "o", "A", "T", "id", "s", prev);
            v.accept(new AuditEntry(seq, at, "u", "o", "A", "T", "id", "s", prev, hash));
            prev = hash;
        }
        assertThat(v.broken).isNull();
        assertThat(v.entries).isEqualTo(1_000_000);
    }
}
