package cn.eduapp.registry.provider.internal.persistence;

import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.system.data.Like;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A provider's verification documents (with their SHA-256) and where its verification stands (issue 21). */
@Repository
public class ProviderDocumentRepository {

    /** A document as listed (the latest of each kind). */
    public record Info(String id, String kind, String fileName, String contentType, long size, String sha256,
                       Instant uploadedAt) {
    }

    /** A document with its bytes, for a download. */
    public record Stored(String id, String fileName, String contentType, byte[] content) {
    }

    /** The verification state of a provider. */
    public record State(String id, String name, String creditCode, String verification,
                        @Nullable String verificationComment, @Nullable Instant verifiedAt, @Nullable String verifiedBy) {
    }

    private final JdbcClient jdbc;

    ProviderDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String add(String providerId, String kind, UploadedFile f, String contentType, Instant at, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into provider_document
                    (id, provider_id, kind, file_name, content_type, size, sha256, content, uploaded_at, uploaded_by)
                values (?, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, providerId, kind, f.storedName(), contentType, f.content().length, f.sha256(), f.content(),
                        Timestamp.from(at), by)
                .update();
        return id.toString();
    }

    /** The latest document of each kind. */
    public List<Info> latest(String providerId) {
        return jdbc.sql("""
                select distinct on (kind) id, kind, file_name, content_type, size, sha256, uploaded_at
                  from provider_document where provider_id = ?::uuid
                 order by kind, uploaded_at desc, id""")
                .param(providerId).query(Rows.of(Info.class)).list();
    }

    /** The kinds uploaded since the city's last decision. */
    public List<String> undecidedKinds(String providerId) {
        return jdbc.sql("select distinct kind from provider_document where provider_id = ?::uuid and not decided")
                .param(providerId).query(String.class).list();
    }

    /** The city decided on the documents uploaded so far. */
    public void markDecided(String providerId) {
        jdbc.sql("update provider_document set decided = true where provider_id = ?::uuid and not decided")
                .param(providerId).update();
    }

    public Optional<Stored> find(String providerId, String id) {
        if (!isUuid(id) || !isUuid(providerId)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, file_name, content_type, content from provider_document
                 where provider_id = ?::uuid and id = ?::uuid""")
                .params(providerId, id).query(Rows.of(Stored.class)).optional();
    }

    public Optional<State> state(String providerId) {
        if (!isUuid(providerId)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, name, credit_code, verification, verification_comment, verified_at, verified_by
                  from provider where id = ?::uuid""")
                .param(providerId).query(Rows.of(State.class)).optional();
    }

    /** Sets the state; {@code from} guards a change against a concurrent one (empty: any state). */
    public boolean setState(String providerId, List<String> from, String to, @Nullable String comment,
                            @Nullable Instant at, @Nullable String by) {
        return jdbc.sql("""
                update provider set verification = ?, verification_comment = ?, verified_at = ?, verified_by = ?
                 where id = ?::uuid and (cardinality(?::text[]) = 0 or verification = any(?::text[]))""")
                .params(to, comment, at == null ? null : Timestamp.from(at), by, providerId,
                        from.toArray(String[]::new), from.toArray(String[]::new))
                .update() == 1;
    }

    /** Providers waiting for the city's check, by name; {@code q} (optional) searches the name and the credit code. */
    public List<State> pending(@Nullable String q, long offset, int limit) {
        String like = q == null || q.isBlank() ? "%" : Like.containing(q);
        return jdbc.sql("""
                select id, name, credit_code, verification, verification_comment, verified_at, verified_by
                  from provider where verification = 'PENDING'
                   and (name like ? escape '\\' or credit_code like upper(?) escape '\\')
                 order by name, id offset ? limit ?""")
                .params(like, like, offset, limit).query(Rows.of(State.class)).list();
    }

    public long countPending(@Nullable String q) {
        String like = q == null || q.isBlank() ? "%" : Like.containing(q);
        return jdbc.sql("""
                select count(*) from provider where verification = 'PENDING'
                   and (name like ? escape '\\' or credit_code like upper(?) escape '\\')""")
                .params(like, like).query(Long.class).single();
    }

    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
