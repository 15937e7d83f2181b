package cn.eduapp.registry.enforcement.internal.persistence;

import cn.eduapp.registry.document.FileTypes;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files a provider attached to its statement (陈述申辩), with their SHA-256. */
@Repository
public class AttachmentRepository {

    /** A file as listed beside the statement. */
    public record Info(String id, String fileName, String contentType, long size, String sha256) {
    }

    /** A file with its bytes, for a download. */
    public record Stored(String id, String fileName, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String caseId, List<UploadedFile> files, Instant at) {
        for (int i = 0; i < files.size(); i++) {
            UploadedFile f = files.get(i);
            jdbc.sql("""
                    insert into enforcement_statement_attachment
                        (id, case_id, position, file_name, content_type, size, sha256, content, uploaded_at)
                    values (?, ?::uuid, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), caseId, i + 1, f.storedName(), FileTypes.detect(f.content()).orElseThrow(),
                            f.content().length, f.sha256(), f.content(), Timestamp.from(at))
                    .update();
        }
    }

    public List<Info> ofCase(String caseId) {
        return jdbc.sql("""
                select id, file_name, content_type, size, sha256 from enforcement_statement_attachment
                where case_id = ?::uuid order by position""")
                .param(caseId).query(Rows.of(Info.class)).list();
    }

    public Optional<Stored> find(String caseId, String id) {
        if (!Ids.isUuid(id)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, file_name, content_type, content from enforcement_statement_attachment
                where case_id = ?::uuid and id = ?::uuid""")
                .params(caseId, id).query(Rows.of(Stored.class)).optional();
    }
}
