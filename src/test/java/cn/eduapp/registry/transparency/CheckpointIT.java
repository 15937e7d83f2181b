package cn.eduapp.registry.transparency;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.transparency.internal.MerkleTree;
import cn.eduapp.registry.transparency.internal.SignedNote;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Signed checkpoints, proofs between them, and the verifier anyone runs. */
class CheckpointIT extends IntegrationTest {

    @Autowired
    TransparencyManagement transparency;

    @Autowired
    PlatformTransactionManager txManager;

    @TempDir
    Path dir;

    private LogChecks log() {
        return new LogChecks(api(), jdbc, clock, transparency);
    }

    @Test
    void theCheckpointIsSignedWithThePublishedKey() throws Exception {
        fixtures().registered(fixtures().beijingCompany());
        String note = log().freshCheckpoint();
        String key = expect(api().get("/api/v1/public/log/key", null), 200).body().strip();
        assertThat(SignedNote.open(note, key)).isPresent();

        // the same checks with nothing but the JDK and the C2SP texts
        String[] vk = key.split("\\+", 3);
        byte[] typed = Base64.getDecoder().decode(vk[2]);
        assertThat(typed[0]).isEqualTo((byte) 0x01);
        byte[] pub = Arrays.copyOfRange(typed, 1, 33);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((vk[0] + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x01);
        assertThat(HexFormat.of().formatHex(Arrays.copyOf(sha.digest(pub), 4))).isEqualTo(vk[1]);
        String[] parts = note.split("\n\n");
        String text = parts[0] + "\n";
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(vk[0]);
        assertThat(Long.parseLong(lines[1])).isGreaterThan(0);
        assertThat(Base64.getDecoder().decode(lines[2])).hasSize(32);
        assertThat(parts[1]).startsWith("\u2014 " + vk[0] + " ").endsWith("\n");
        byte[] sig = Base64.getDecoder().decode(parts[1].strip().substring(("\u2014 " + vk[0] + " ").length()));
        assertThat(HexFormat.of().formatHex(Arrays.copyOf(sig, 4))).isEqualTo(vk[1]);
        Signature ed = Signature.getInstance("Ed25519");
        ed.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                concat(HexFormat.of().parseHex("302a300506032b6570032100"), pub))));
        ed.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(ed.verify(Arrays.copyOfRange(sig, 4, 68))).isTrue();

        String forged = note.replaceFirst("\n" + lines[1] + "\n", "\n" + (Long.parseLong(lines[1]) + 1) + "\n");
        assertThat(SignedNote.open(forged, key)).isEmpty();
    }

    @Test
    void theCheckpointIsUnchangedWhenNothingChanged() {
        String first = log().freshCheckpoint();
        long issued = jdbc.sql("select count(*) from log_checkpoint").query(Long.class).single();
        String second = log().freshCheckpoint();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from log_checkpoint").query(Long.class).single()).isEqualTo(issued);
    }

    @Test
    void aNewCheckpointWaitsForTheInterval() {
        fixtures().registered(fixtures().beijingCompany());
        String first = log().freshCheckpoint(); // issued now: the tree had grown
        fixtures().registered(fixtures().beijingCompany());
        transparency.issueCheckpoint();
        assertThat(expect(api().get("/api/v1/public/log/checkpoint", null), 200).body()).as("too soon").isEqualTo(first);
        String later = log().freshCheckpoint();
        assertThat(SignedNote.parseCheckpoint(later).size()).isGreaterThan(SignedNote.parseCheckpoint(first).size());
    }

    @Test
    void twoCheckpointsAfterMoreChangesAreProvedConsistentAndTheNewLeafIncluded() {
        SignedNote.Checkpoint a = SignedNote.parseCheckpoint(log().freshCheckpoint());
        Fixtures.Provider p = fixtures().beijingCompany();
        String number = fixtures().filingNumber(fixtures().registered(p), p);
        fixtures().registered(p);
        SignedNote.Checkpoint b = SignedNote.parseCheckpoint(log().freshCheckpoint());
        assertThat(b.size()).isGreaterThanOrEqualTo(a.size() + 2);

        JsonNode c = expect(api().get("/api/v1/public/log/proof/consistency?first=" + a.size() + "&second=" + b.size(), null), 200).json();
        assertThat(c.path("first").asLong()).isEqualTo(a.size());
        List<byte[]> proof = hashes(c.path("proof"));
        assertThat(MerkleTree.verifyConsistency(a.size(), b.size(), a.root(), b.root(), proof)).isTrue();
        assertThat(MerkleTree.verifyConsistency(a.size(), b.size(), MerkleTree.leafHash(new byte[1]), b.root(), proof)).isFalse();

        JsonNode latest = expect(api().get("/api/v1/public/log/latest?filingNumber=" + number + "&treeSize=" + b.size(), null), 200).json();
        long index = latest.path("index").asLong();
        JsonNode inc = expect(api().get("/api/v1/public/log/proof/inclusion?index=" + index + "&treeSize=" + b.size(), null), 200).json();
        assertThat(inc.path("leafIndex").asLong()).isEqualTo(index);
        assertThat(MerkleTree.verifyInclusion(index, b.size(), MerkleTree.leafHash(latest.path("leaf").asString()
                .getBytes(StandardCharsets.UTF_8)), hashes(inc.path("auditPath")), b.root())).isTrue();
    }

    @Test
    void theVerifierProvesAFilingAndFailsWhenItsLeafIsAlteredInTheDatabase() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String number = fixtures().filingNumber(fixtures().registered(p), p);
        log().freshCheckpoint();
        Path state = dir.resolve("checkpoint.txt");

        Run first = verify("--url", api().base(), "--since", state.toString(), "--filing", number);
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).startsWith("验证通过").contains(number).doesNotContain("一致");
        assertThat(Files.exists(state)).isTrue();

        fixtures().registered(p);
        log().freshCheckpoint();
        Run second = verify("--url", api().base(), "--since", state.toString(), "--filing", number);
        assertThat(second.exit()).as(second.out()).isZero();
        assertThat(second.out()).contains("一致");

        long seq = jdbc.sql("select max(seq) from log_leaf where filing_number = ?").param(number).query(Long.class).single();
        String original = jdbc.sql("select leaf from log_leaf where seq = ?").param(seq).query(String.class).single();
        rewrite(seq, original.replace("\"status\":\"REGISTERED\"", "\"status\":\"REVOKED\""));
        try {
            Run altered = verify("--url", api().base(), "--since", state.toString(), "--filing", number);
            assertThat(altered.exit()).as(altered.out()).isEqualTo(1);
            assertThat(altered.out()).startsWith("验证失败").contains(number);
        } finally {
            rewrite(seq, original);
        }

        Run wrongKey = verify("--url", api().base(), "--since", dir.resolve("other.txt").toString(),
                "--key", "eduapp-registry/log+00000000+AQ" + "A".repeat(42));
        assertThat(wrongKey.exit()).as(wrongKey.out()).isEqualTo(1);
    }

    private void rewrite(long seq, String leaf) {
        new TransactionTemplate(txManager).executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update log_leaf set leaf = ? where seq = ?").params(leaf, seq).update();
        });
    }

    record Run(int exit, String out) {
    }

    private static Run verify(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = LogVerifierCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(Base64.getDecoder().decode(n.asString())));
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
