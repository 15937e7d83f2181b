package cn.eduapp.registry.transparency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedNoteTest {

    @TempDir
    Path dir;

    @Test
    void aNoteSignedWithAKeyFromItsPemFileOpensWithItsVerifierKeyAndNoOther() throws Exception {
        // a dozen keys: about half of all verifier keys have a '+' in their base64
        for (int i = 0; i < 12; i++) {
            signAndOpen(dir.resolve("key" + i + ".pem"));
        }
    }

    private void signAndOpen(Path file) throws Exception {
        LogSigner.writeNewKey(file);
        KeyPair pair = LogSigner.read(file);
        byte[] pub = SignedNote.raw(pair.getPublic());
        String text = SignedNote.checkpointBody("example.org/log", 7, new byte[32]);
        String note = SignedNote.sign(text, "example.org/log", pair.getPrivate(), pub);
        String vkey = SignedNote.verifierKey("example.org/log", pub);
        assertThat(SignedNote.open(note, vkey)).contains(text);
        assertThat(SignedNote.open(note.replace("\n7\n", "\n8\n"), vkey)).isEmpty();
        Path other = dir.resolve("other-" + file.getFileName());
        LogSigner.writeNewKey(other);
        String otherKey = SignedNote.verifierKey("example.org/log", SignedNote.raw(LogSigner.read(other).getPublic()));
        assertThat(SignedNote.open(note, otherKey)).isEmpty();
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n");
    }

    @Test
    void theKeyIdFollowsTheSignedNoteSpec() {
        // name "a", public key of 32 zero bytes: SHA-256("a" 0x0A 0x01 0^32)[:4]
        byte[] id = SignedNote.keyId("a", new byte[32]);
        var d = MerkleTree.sha256();
        d.update(new byte[] {'a', 0x0A, 0x01});
        byte[] expected = java.util.Arrays.copyOf(d.digest(new byte[32]), 4);
        assertThat(id).isEqualTo(expected);
        assertThat(SignedNote.verifierKey("a", new byte[32])).startsWith("a+" + java.util.HexFormat.of().formatHex(expected) + "+AQAAAA");
    }
}
