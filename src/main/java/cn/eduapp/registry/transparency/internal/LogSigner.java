package cn.eduapp.registry.transparency.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.eduapp.registry.system.operations.RegistrySettings;
import org.springframework.stereotype.Component;

/**
 * The log's Ed25519 key: a PKCS#8 PEM file named by {@code registry.log.signing-key}, never the database
 * (whoever can write the database must not be able to sign). In demo mode without a key, one is made once
 * under the data directory. Without either, the log still records every change, but no checkpoint is signed.
 */
@Component
public class LogSigner {

    private static final Logger log = LoggerFactory.getLogger(LogSigner.class);
    static final String DEMO_KEY_FILE = "log-signing-key.pem";

    private final String name;
    private final @Nullable PrivateKey key;
    private final byte[] publicKey;

    LogSigner(LogSettings settings, RegistrySettings registry) throws IOException, GeneralSecurityException {
        String origin = settings.origin();
        String keyFile = settings.signingKey();
        boolean demo = registry.demo();
        String dataDir = registry.dataDir();
        if (origin.isBlank() || origin.contains("+") || origin.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalStateException("registry.log.origin must be non-empty, without spaces or '+'");
        }
        this.name = origin;
        Path file = null;
        if (!keyFile.isBlank()) {
            file = Path.of(keyFile);
        } else if (demo) {
            file = Path.of(dataDir, DEMO_KEY_FILE);
            if (!Files.exists(file)) {
                writeNewKey(file);
                log.warn("Generated a demo signing key for the transparency log at {}", file);
            }
        }
        if (file == null) {
            log.warn("registry.log.signing-key is not set: the transparency log records changes but signs no checkpoint");
            this.key = null;
            this.publicKey = new byte[0];
        } else {
            KeyPair pair = read(file);
            this.key = pair.getPrivate();
            this.publicKey = SignedNote.raw(pair.getPublic());
        }
    }

    public String name() {
        return name;
    }

    public boolean canSign() {
        return key != null;
    }

    public Optional<String> verifierKey() {
        return key == null ? Optional.empty() : Optional.of(SignedNote.verifierKey(name, publicKey));
    }

    public String sign(String text) {
        if (key == null) {
            throw new IllegalStateException("no signing key");
        }
        return SignedNote.sign(text, name, key, publicKey);
    }

    static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow(() -> new GeneralSecurityException("no Ed25519 seed in " + file));
        return fromSeed(seed);
    }

    /**
     * The key pair of a seed. Java 17 has no public call deriving an Ed25519 public key from the private
     * one; its generator draws exactly the 32-byte seed from the random source it is given and derives
     * the public key from it, so a source that yields the seed gives the pair.
     */
    static KeyPair fromSeed(byte[] seed) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
        g.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
        });
        KeyPair pair = g.generateKeyPair();
        byte[] drawn = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
        if (!java.util.Arrays.equals(drawn, seed)) {
            throw new GeneralSecurityException("could not derive the Ed25519 public key");
        }
        return pair;
    }

    static void writeNewKey(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's permissions protect it
        }
    }
}
