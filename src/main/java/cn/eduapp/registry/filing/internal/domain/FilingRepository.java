package cn.eduapp.registry.filing.internal.domain;

import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.HistoryEntry;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Loads and saves the filing aggregate; a save with a stale version fails (optimistic locking). */
@Repository
public class FilingRepository {

    private static final String COLUMNS = """
            id, provider_id, provider_name, status, filing_number, app, category, precheck, created_at, submitted_at,
            registered_at, revoked_at, version""";

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    FilingRepository(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public Optional<Filing> find(String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from filing where id = ?").param(uuid).query(this::map).optional();
    }

    /** The filings among {@code ids} that exist, in one query (unknown or malformed ids are left out). */
    public List<Filing> findAll(java.util.Collection<String> ids) {
        UUID[] uuids = ids.stream().map(FilingRepository::parse).filter(java.util.Objects::nonNull).toArray(UUID[]::new);
        if (uuids.length == 0) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from filing where id = any(?)").param(uuids).query(this::map).list();
    }

    public void insert(Filing f) {
        jdbc.sql("""
                insert into filing (id, provider_id, provider_name, status, app_name, app, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, 0)""")
                .params(UUID.fromString(f.id()), UUID.fromString(f.providerId()), f.providerName(), f.status().name(),
                        f.app().name(), mapper.writeValueAsString(f.app()), ts(f.createdAt()), ts(f.createdAt()))
                .update();
        appendHistory(f);
    }

    /** Writes the aggregate if nobody changed it since it was loaded; otherwise 409 for the caller. */
    public void update(Filing f, Instant now) {
        int rows = jdbc.sql("""
                update filing set status = ?, app_name = ?, app = ?::jsonb, filing_number = ?, category = ?,
                       precheck = ?::jsonb, submitted_at = ?, registered_at = ?, revoked_at = ?, updated_at = ?,
                       version = version + 1
                 where id = ? and version = ?""")
                .params(f.status().name(), f.app().name(), mapper.writeValueAsString(f.app()), f.filingNumber(),
                        f.category() == null ? null : f.category().name(),
                        f.precheck() == null ? null : mapper.writeValueAsString(f.precheck()),
                        ts(f.submittedAt()), ts(f.registeredAt()), ts(f.revokedAt()), ts(now),
                        UUID.fromString(f.id()), f.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("filing " + f.id() + " changed concurrently");
        }
        appendHistory(f);
    }

    /** The latest pre-check, kept on the filing whoever ran it; not a decision, so no version check. */
    public void savePrecheck(String id, PrecheckResult result) {
        jdbc.sql("update filing set precheck = ?::jsonb where id = ?")
                .params(mapper.writeValueAsString(result), UUID.fromString(id)).update();
    }

    public List<HistoryEntry> history(String id) {
        return jdbc.sql("""
                select at, actor, action, from_status, to_status, comment from filing_history
                 where filing_id = ? order by id""")
                .param(UUID.fromString(id))
                .query((rs, i) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), status(rs.getString("from_status")),
                        FilingStatus.valueOf(rs.getString("to_status")), rs.getString("comment")))
                .list();
    }

    private void appendHistory(Filing f) {
        for (HistoryEntry h : f.newHistory()) {
            jdbc.sql("""
                    insert into filing_history (filing_id, at, actor, action, from_status, to_status, comment)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.fromString(f.id()), ts(h.at()), h.actor(), h.action(),
                            h.fromStatus() == null ? null : h.fromStatus().name(), h.toStatus().name(), h.comment())
                    .update();
        }
    }

    private Filing map(ResultSet rs, int row) throws SQLException {
        String precheck = rs.getString("precheck");
        String category = rs.getString("category");
        return new Filing(rs.getString("id"), rs.getString("provider_id"), rs.getString("provider_name"),
                FilingStatus.valueOf(rs.getString("status")), mapper.readValue(rs.getString("app"), Declaration.class),
                rs.getString("filing_number"), category == null ? null : Category.valueOf(category),
                precheck == null ? null : mapper.readValue(precheck, PrecheckResult.class),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("registered_at")), instant(rs.getTimestamp("revoked_at")), rs.getInt("version"));
    }

    private static @Nullable FilingStatus status(@Nullable String s) {
        return s == null ? null : FilingStatus.valueOf(s);
    }

    static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    public static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Optional<Filing> findByNumber(String filingNumber) {
        return jdbc.sql("select " + COLUMNS + " from filing where filing_number = ?").param(filingNumber)
                .query(this::map).optional();
    }
}
