package cn.eduapp.registry.filing.internal.persistence;

import cn.eduapp.registry.rules.MaterialKind;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents of a filing (issue 21): the filing's own ({@code revision_id} null) and each revision's, with the
 * type their bytes showed and their SHA-256.
 */
@Repository
public class MaterialRepository {

    /** A material as listed. */
    public record Info(String id, MaterialKind kind, String fileName, String contentType, long size, String sha256,
                       Instant uploadedAt) {
    }

    /** A material with its bytes, for a download. */
    public record Stored(String id, MaterialKind kind, String fileName, String contentType, byte[] content) {
    }

    /** What one upload stores. */
    public record NewMaterial(MaterialKind kind, String fileName, String contentType, String sha256, byte[] content) {
    }

    private final JdbcClient jdbc;

    MaterialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String add(String filingId, @Nullable String revisionId, NewMaterial m, String by, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into filing_material (id, filing_id, revision_id, kind, file_name, content_type, size, sha256,
                    content, uploaded_at, uploaded_by)
                values (?, ?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, filingId, revisionId, m.kind().name(), m.fileName(), m.contentType(), m.content().length,
                        m.sha256(), m.content(), Timestamp.from(at), by)
                .update();
        return id.toString();
    }

    public List<Info> list(String filingId, @Nullable String revisionId) {
        return jdbc.sql("""
                select id, kind, file_name, content_type, size, sha256, uploaded_at from filing_material
                where filing_id = ?::uuid and revision_id is not distinct from ?::uuid order by uploaded_at, id""")
                .params(filingId, revisionId).query(Rows.of(Info.class)).list();
    }

    /** The kinds present: what the rule MATERIALS reads. */
    public Set<MaterialKind> kinds(String filingId, @Nullable String revisionId) {
        Set<MaterialKind> kinds = EnumSet.noneOf(MaterialKind.class);
        jdbc.sql("""
                select distinct kind from filing_material
                where filing_id = ?::uuid and revision_id is not distinct from ?::uuid""")
                .params(filingId, revisionId).query(String.class).list().forEach(k -> kinds.add(MaterialKind.valueOf(k)));
        return kinds;
    }

    public Optional<Stored> find(String filingId, @Nullable String revisionId, String id) {
        if (FilingRepository.parse(id) == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, kind, file_name, content_type, content from filing_material
                where filing_id = ?::uuid and revision_id is not distinct from ?::uuid and id = ?::uuid""")
                .params(filingId, revisionId, id).query(Rows.of(Stored.class)).optional();
    }

    public boolean delete(String filingId, @Nullable String revisionId, String id) {
        if (FilingRepository.parse(id) == null) {
            return false;
        }
        return jdbc.sql("""
                delete from filing_material
                where filing_id = ?::uuid and revision_id is not distinct from ?::uuid and id = ?::uuid""")
                .params(filingId, revisionId, id).update() == 1;
    }
}
