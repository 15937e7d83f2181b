package cn.eduapp.registry.filing.internal.persistence;

import cn.eduapp.registry.filing.internal.domain.Revision;
import cn.eduapp.registry.filing.RevisionStatus;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class RevisionRepository {

    private static final String COLUMNS = """
            id, filing_id, status, app, precheck, created_by, created_at, submitted_at, decided_at, decided_by, comment,
            version""";

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    RevisionRepository(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public Optional<Revision> find(String filingId, String revisionId) {
        UUID f = FilingRepository.parse(filingId);
        UUID r = FilingRepository.parse(revisionId);
        if (f == null || r == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from filing_revision where id = ? and filing_id = ?").params(r, f)
                .query(Rows.of(Row.class)).optional().map(this::revision);
    }

    public Optional<Revision> open(String filingId) {
        return jdbc.sql("select " + COLUMNS + " from filing_revision where filing_id = ? and status in ('DRAFT','CITY_REVIEW','RETURNED')")
                .param(UUID.fromString(filingId)).query(Rows.of(Row.class)).optional().map(this::revision);
    }

    public List<Revision> ofFiling(String filingId) {
        return jdbc.sql("select " + COLUMNS + " from filing_revision where filing_id = ? order by created_at desc")
                .param(UUID.fromString(filingId)).query(Rows.of(Row.class)).list().stream().map(this::revision).toList();
    }

    /** The open revision's unique index makes a second open revision a DuplicateKeyException (409). */
    public void insert(Revision r) {
        jdbc.sql("""
                insert into filing_revision (id, filing_id, status, app, created_by, created_at)
                values (?, ?, ?, ?::jsonb, ?, ?)""")
                .params(UUID.fromString(r.id()), UUID.fromString(r.filingId()), r.status().name(),
                        mapper.writeValueAsString(r.app()), r.createdBy(), Timestamp.from(r.createdAt()))
                .update();
    }

    public void update(Revision r) {
        int rows = jdbc.sql("""
                update filing_revision set status = ?, app = ?::jsonb, precheck = ?::jsonb, submitted_at = ?,
                       decided_at = ?, decided_by = ?, comment = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(r.status().name(), mapper.writeValueAsString(r.app()),
                        r.precheck() == null ? null : mapper.writeValueAsString(r.precheck()), ts(r.submittedAt()),
                        ts(r.decidedAt()), r.decidedBy(), r.comment(), UUID.fromString(r.id()), r.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("revision " + r.id() + " changed concurrently");
        }
    }

    public void savePrecheck(String revisionId, PrecheckResult result) {
        jdbc.sql("update filing_revision set precheck = ?::jsonb where id = ?")
                .params(mapper.writeValueAsString(result), UUID.fromString(revisionId)).update();
    }

    /** Revisions waiting for the city, oldest submission first. */
    public List<Revision> queue(RevisionStatus status, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from filing_revision where status = ? order by submitted_at nulls last, created_at limit ? offset ?")
                .params(status.name(), limit, offset).query(Rows.of(Row.class)).list().stream().map(this::revision).toList();
    }

    public long count(RevisionStatus status) {
        return jdbc.sql("select count(*) from filing_revision where status = ?").param(status.name()).query(Long.class).single();
    }

    /** A row of {@link #COLUMNS}, the declaration and precheck still JSON. */
    private record Row(String id, String filingId, RevisionStatus status, String app, @Nullable String precheck,
                       String createdBy, Instant createdAt, @Nullable Instant submittedAt, @Nullable Instant decidedAt,
                       @Nullable String decidedBy, @Nullable String comment, int version) {
    }

    private Revision revision(Row r) {
        return new Revision(r.id(), r.filingId(), r.status(), mapper.readValue(r.app(), Declaration.class),
                r.precheck() == null ? null : mapper.readValue(r.precheck(), PrecheckResult.class), r.createdBy(),
                r.createdAt(), r.submittedAt(), r.decidedAt(), r.decidedBy(), r.comment(), r.version());
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
