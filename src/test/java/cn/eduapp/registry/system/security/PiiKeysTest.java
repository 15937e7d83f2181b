package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.PersonalDataCipher;
import cn.eduapp.registry.system.security.PiiKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16: no production start without a key; a real KDF; key ids so a key can be rotated. */
class PiiKeysTest {

    @Test
    void aProductionStartWithoutAKeyRefusesAndSaysWhatToSet() {
        assertThatThrownBy(() -> PiiKeys.cipher(false, "", "1", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("registry.pii-key").hasMessageContaining("REGISTRY_PII_KEY");
        assertThatThrownBy(() -> PiiKeys.cipher(false, "short", "1", Map.of())).hasMessageContaining("too short");
    }

    @Test
    void aDemoStartWithoutAKeyUsesTheDemoKeyId() {
        PersonalDataCipher demo = PiiKeys.cipher(true, "", "1", Map.of());
        assertThat(demo.keyId()).isEqualTo("demo");
        assertThat(demo.encrypt("13800000000")).startsWith("v2:demo:");
    }

    @Test
    void rotatingKeepsOldValuesReadableAndWritesNewOnesUnderTheNewKey() {
        PersonalDataCipher first = PiiKeys.cipher(false, "first-production-passphrase", "1", Map.of());
        String old = first.encrypt("张三 13800000000");
        assertThat(old).startsWith("v2:1:").doesNotContain("13800000000");

        PersonalDataCipher rotated = PiiKeys.cipher(false, "second-production-passphrase", "2",
                Map.of("1", "first-production-passphrase"));
        assertThat(rotated.decrypt(old)).isEqualTo("张三 13800000000");
        String fresh = rotated.encrypt("李四");
        assertThat(fresh).startsWith("v2:2:");
        assertThatThrownBy(() -> first.decrypt(fresh)).hasMessageContaining("registry.pii-previous-keys.2");
    }

    @Test
    void theKeyIdIsBoundIntoTheCiphertext() {
        PersonalDataCipher c = PiiKeys.cipher(false, "first-production-passphrase", "1",
                Map.of("2", "first-production-passphrase"));
        String value = c.encrypt("secret");
        assertThatThrownBy(() -> c.decrypt(value.replace("v2:1:", "v2:2:"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valuesWrittenBeforeKeyIdsStayReadable() {
        PersonalDataCipher legacyWriter = new PersonalDataCipher("x",
                Map.of("x", PersonalDataCipher.legacyKey("first-production-passphrase")), java.util.List.of());
        String v2 = legacyWriter.encrypt("old");
        // a v1 value is the same bytes without the prefix binding: build one as the old code did
        PersonalDataCipher reader = PiiKeys.cipher(false, "first-production-passphrase", "1", Map.of());
        assertThat(reader.decrypt(V1.encrypt("first-production-passphrase", "old"))).isEqualTo("old");
        assertThat(reader.decrypt(V1.encrypt(PiiKeys.DEMO_PASSPHRASE, "from a keyless start"))).isEqualTo("from a keyless start");
        assertThat(v2).startsWith("v2:x:");
    }

    @Test
    void rawKeyMaterialIsUsedAsIs() {
        String raw = "base64:" + Base64.getEncoder().encodeToString(new byte[32]);
        PersonalDataCipher c = PiiKeys.cipher(false, raw, "hsm-1", Map.of());
        assertThat(c.decrypt(c.encrypt("x"))).isEqualTo("x");
        assertThatThrownBy(() -> PiiKeys.cipher(false, "base64:AAAA", "1", Map.of())).hasMessageContaining("32 bytes");
    }

    /** What the code before issue 16 wrote: v1: and AES-GCM under SHA-256 of the passphrase, no AAD. */
    static final class V1 {
        static String encrypt(String passphrase, String plain) {
            try {
                byte[] nonce = new byte[12];
                new java.security.SecureRandom().nextBytes(nonce);
                javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
                c.init(javax.crypto.Cipher.ENCRYPT_MODE, PersonalDataCipher.legacyKey(passphrase),
                        new javax.crypto.spec.GCMParameterSpec(128, nonce));
                byte[] ct = c.doFinal(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return "v1:" + Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(12 + ct.length)
                        .put(nonce).put(ct).array());
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
