package cn.eduapp.registry.document.internal;

import cn.eduapp.registry.document.internal.persistence.SigningKeyRows;
import cn.eduapp.registry.system.security.PersonalDataCipher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The platform's signing key. A deployment gives its own (PKCS#12: {@code registry.signing.keystore},
 * {@code .keystore-password}); without one, the first instance that signs creates an RSA key with a
 * self-signed certificate and keeps it in the database (encrypted with registry.pii-key), so every instance
 * and every restart signs with the same key.
 */
@Component
public class SigningKeys {

    public record Key(PrivateKey privateKey, X509Certificate certificate, String signerName) {
    }

    static final String SIGNER = "北京市教育委员会 教育移动应用备案监管平台";
    private static final char[] STORED_PASSWORD = "stored-encrypted".toCharArray();

    private final SigningKeyRows rows;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final @Nullable Resource keystore;
    private final String password;
    private volatile @Nullable Key key;

    SigningKeys(SigningKeyRows rows, PersonalDataCipher cipher, Clock clock, SigningSettings settings) {
        this.rows = rows;
        this.cipher = cipher;
        this.clock = clock;
        this.keystore = settings.keystore();
        this.password = settings.keystorePassword();
    }

    public Key current() {
        Key k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = keystore != null ? load(keystore) : stored().orElseGet(this::createAndStore);
                    key = k;
                }
            }
        }
        return k;
    }

    private Key load(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return fromPkcs12(in, password.toCharArray());
        } catch (Exception e) {
            throw new IllegalStateException("registry.signing.keystore cannot be read", e);
        }
    }

    private Optional<Key> stored() {
        return rows.stored().map(enc -> {
            try {
                return fromPkcs12(new ByteArrayInputStream(Base64.getDecoder().decode(cipher.decrypt(enc))),
                        STORED_PASSWORD);
            } catch (Exception e) {
                throw new IllegalStateException("the stored signing key cannot be read (was registry.pii-key changed?)", e);
            }
        });
    }

    /** Another instance may create one at the same moment: the first row wins and everyone reads it back. */
    private Key createAndStore() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair pair = generator.generateKeyPair();
            Instant now = clock.instant();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, "北京市教育委员会")
                    .addRDN(BCStyle.CN, SIGNER).build();
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    subject, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("platform", pair.getPrivate(), STORED_PASSWORD, new X509Certificate[] {cert});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, STORED_PASSWORD);
            rows.storeIfAbsent(Objects.requireNonNull(cipher.encrypt(Base64.getEncoder().encodeToString(out.toByteArray()))),
                    now);
            return stored().orElseThrow();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("creating the platform's signing key", e);
        }
    }

    private static Key fromPkcs12(InputStream in, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(in, password);
        String alias = store.aliases().nextElement();
        X509Certificate cert = (X509Certificate) store.getCertificate(alias);
        return new Key((PrivateKey) store.getKey(alias, password), cert, SIGNER);
    }
}
