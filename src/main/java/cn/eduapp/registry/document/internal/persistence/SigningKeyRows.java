package cn.eduapp.registry.document.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** document_signing_key: the one platform key created by the first instance that signs, as encrypted PKCS#12. */
@Repository
public class SigningKeyRows {

    private final JdbcClient jdbc;

    SigningKeyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored key, encrypted (registry.pii-key) Base64 of the PKCS#12 file. */
    public Optional<String> stored() {
        return jdbc.sql("select pkcs12 from document_signing_key where id = 1").query(String.class).optional();
    }

    /** Stores the key unless another instance stored one first (the first row wins). */
    public void storeIfAbsent(String encryptedPkcs12, Instant at) {
        jdbc.sql("insert into document_signing_key (id, pkcs12, created_at) values (1, ?, ?) on conflict (id) do nothing")
                .params(encryptedPkcs12, Timestamp.from(at))
                .update();
    }
}
