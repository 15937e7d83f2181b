package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.PersonalDataCipher;
import cn.eduapp.registry.system.security.PiiKeys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personal information at rest (complainants' contacts, second-factor secrets …) is stored AES-256-GCM
 * encrypted. The key comes from {@code registry.pii-key} ({@link PiiKeys}: PBKDF2 over a passphrase, or
 * 32 bytes of raw key material given as {@code base64:…}) and carries a key id
 * ({@code registry.pii-key-id}); each value is stored as {@code v2:<key id>:<base64(nonce|ciphertext)>}
 * with the key id bound in as associated data, so a key can be rotated: new values are written under the
 * current key, old ones are read with the key their id names ({@code registry.pii-previous-keys.<id>}).
 * Values written before key ids ({@code v1:}, SHA-256 of the passphrase) stay readable. Each value has
 * its own random nonce, so equal plaintexts do not look equal in the database.
 */
public class PersonalDataCipher {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);
    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final int NONCE_BYTES = 12;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;
    private final List<SecretKeySpec> legacyKeys;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(String currentId, Map<String, SecretKeySpec> keys, List<SecretKeySpec> legacyKeys) {
        if (!keys.containsKey(currentId)) {
            throw new IllegalStateException("no key for the current key id " + currentId);
        }
        this.currentId = currentId;
        this.keys = new LinkedHashMap<>(keys);
        this.legacyKeys = List.copyOf(legacyKeys);
    }

    public String keyId() {
        return currentId;
    }

    public @Nullable String encrypt(@Nullable String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(128, nonce));
            String prefix = V2 + currentId + ":";
            c.updateAAD(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return prefix + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + ct.length).put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public @Nullable String decrypt(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(V2)) {
            int colon = stored.indexOf(':', V2.length());
            if (colon < 0) {
                throw new IllegalArgumentException("not an encrypted value");
            }
            String id = stored.substring(V2.length(), colon);
            SecretKeySpec key = keys.get(id);
            if (key == null) {
                throw new IllegalStateException("personal data under key id " + id
                        + ", which is not configured: set registry.pii-previous-keys." + id);
            }
            return open(key, stored.substring(colon + 1), stored.substring(0, colon + 1).getBytes(StandardCharsets.UTF_8));
        }
        if (stored.startsWith(V1)) {
            for (SecretKeySpec key : legacyKeys) {
                try {
                    return open(key, stored.substring(V1.length()), null);
                } catch (IllegalStateException wrongKey) {
                    // try the next: GCM's tag tells a wrong key from the right one
                }
            }
            log.error("A v1 value matches none of the configured keys");
            throw new IllegalStateException("decryption failed");
        }
        throw new IllegalArgumentException("not an encrypted value");
    }

    private static String open(SecretKeySpec key, String base64, byte @Nullable [] aad) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            if (aad != null) {
                c.updateAAD(aad);
            }
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** The key of a {@code v1:} value: SHA-256 of the passphrase, as before key ids. */
    static SecretKeySpec legacyKey(String passphrase) {
        try {
            return new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(passphrase.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
