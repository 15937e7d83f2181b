package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.PersonalDataCipher;
import cn.eduapp.registry.system.security.PiiKeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The keys of {@link PersonalDataCipher} (issue 16). A production start ({@code registry.demo=false})
 * without {@code registry.pii-key} refuses to start and says what to set; a demo start without one uses a
 * fixed demo key (and says so). A passphrase is stretched with PBKDF2-HMAC-SHA256 (310,000 iterations,
 * the key id in the salt); {@code base64:} followed by 32 bytes is used as the key itself.
 * docs/deployment.md says how to rotate.
 */
@Configuration(proxyBeanMethods = false)
class PiiKeys {

    private static final Logger log = LoggerFactory.getLogger(PiiKeys.class);
    static final String DEMO_PASSPHRASE = "change-me-in-production-eduapp-registry";
    static final int ITERATIONS = 310_000;
    static final int MIN_PASSPHRASE = 16;

    @Bean
    PersonalDataCipher personalDataCipher(Environment environment) {
        boolean demo = environment.getProperty("registry.demo", Boolean.class, false);
        String key = environment.getProperty("registry.pii-key", "");
        String id = environment.getProperty("registry.pii-key-id", "1").trim();
        Map<String, String> previous = Binder.get(environment)
                .bind("registry.pii-previous-keys", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        return cipher(demo, key, id, previous);
    }

    static PersonalDataCipher cipher(boolean demo, String configuredKey, String configuredId, Map<String, String> previous) {
        String key = configuredKey;
        String id = configuredId;
        if (key.isBlank()) {
            if (!demo) {
                throw new IllegalStateException("registry.pii-key is not set. A production start (registry.demo=false) "
                        + "needs a secret key for personal data: set registry.pii-key (environment REGISTRY_PII_KEY) to a "
                        + "passphrase of at least " + MIN_PASSPHRASE + " characters or to base64: and 32 random bytes "
                        + "(openssl rand -base64 32), and keep it outside the database; see docs/deployment.md.");
            }
            log.warn("registry.pii-key is not set: personal data is encrypted with the public demo key (demo only)");
            key = DEMO_PASSPHRASE;
            id = "demo";
        } else if (!demo && !key.startsWith("base64:") && key.length() < MIN_PASSPHRASE) {
            throw new IllegalStateException("registry.pii-key is too short: at least " + MIN_PASSPHRASE + " characters");
        }
        if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalStateException("registry.pii-key-id must be 1 to 32 letters, digits, - or _: " + id);
        }
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        List<SecretKeySpec> legacy = new ArrayList<>();
        keys.put(id, derive(key, id));
        legacy.add(PersonalDataCipher.legacyKey(key));
        for (Map.Entry<String, String> old : previous.entrySet()) {
            if (!old.getKey().equals(id)) {
                keys.put(old.getKey(), derive(old.getValue(), old.getKey()));
                legacy.add(PersonalDataCipher.legacyKey(old.getValue()));
            }
        }
        // values written before key ids under the built-in constant (a start without a key) stay readable
        legacy.add(PersonalDataCipher.legacyKey(DEMO_PASSPHRASE));
        return new PersonalDataCipher(id, keys, legacy);
    }

    static SecretKeySpec derive(String key, String id) {
        if (key.startsWith("base64:")) {
            byte[] raw = Base64.getDecoder().decode(key.substring("base64:".length()).trim());
            if (raw.length != 32) {
                throw new IllegalStateException("a base64: key must be 32 bytes, not " + raw.length);
            }
            return new SecretKeySpec(raw, "AES");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(key.toCharArray(), ("eduapp-registry/pii/" + id).getBytes(StandardCharsets.UTF_8),
                    ITERATIONS, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
