package cn.eduapp.registry.filing.internal.persistence;

import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.HistoryEntry;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves the filing aggregate; a save with a stale version fails (optimistic locking). New filings go in
 * by {@link #insertAll} whether a provider started them or an import brought them (a batch of one or of thousands).
 */
@Repository
public class FilingRepository {

    private static final String COLUMNS = """
            id, provider_id, provider_name, status, filing_number, app, category, precheck, created_at, submitted_at,
            registered_at, revoked_at, version""";

    /** A filing row as stored; the declaration and the pre-check are JSON. */
    record Row(String id, String providerId, String providerName, FilingStatus status, @Nullable String filingNumber,
               String app, @Nullable Category category, @Nullable String precheck, Instant createdAt,
               @Nullable Instant submittedAt, @Nullable Instant registeredAt, @Nullable Instant revokedAt, int version) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper mapper;
    private final FilingHistory history;

    FilingRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper mapper, FilingHistory history) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.mapper = mapper;
        this.history = history;
    }

    public Optional<Filing> find(String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from filing where id = ?").param(uuid).query(Rows.of(Row.class))
                .optional().map(this::filing);
    }

    public Optional<Filing> findByNumber(String filingNumber) {
        return jdbc.sql("select " + COLUMNS + " from filing where filing_number = ?").param(filingNumber)
                .query(Rows.of(Row.class)).optional().map(this::filing);
    }

    /** The filings among {@code ids} that exist, in one query (unknown or malformed ids are left out). */
    public List<Filing> findAll(Collection<String> ids) {
        UUID[] uuids = ids.stream().map(FilingRepository::parse).filter(Objects::nonNull).toArray(UUID[]::new);
        if (uuids.length == 0) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from filing where id = any(?)").param(uuids).query(Rows.of(Row.class))
                .list().stream().map(this::filing).toList();
    }

    public void insert(Filing f) {
        insertAll(List.of(f));
    }

    /**
     * Inserts new filings in one batch with their history; a filing whose number is stored already is left out.
     * Returns the filings inserted, in order.
     */
    public List<Filing> insertAll(List<Filing> filings) {
        List<Object[]> rows = new ArrayList<>(filings.size());
        for (Filing f : filings) {
            rows.add(new Object[] {UUID.fromString(f.id()), UUID.fromString(f.providerId()), f.providerName(),
                    f.status().name(), f.filingNumber(), f.app().name(), mapper.writeValueAsString(f.app()),
                    f.category() == null ? null : f.category().name(), ts(f.createdAt()), ts(f.createdAt()),
                    ts(f.submittedAt()), ts(f.registeredAt()), f.imported()});
        }
        int[] counts = batch.batchUpdate("""
                insert into filing (id, provider_id, provider_name, status, filing_number, app_name, app, category,
                                    created_at, updated_at, submitted_at, registered_at, version, imported)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, 0, ?)
                on conflict (filing_number) do nothing""", rows);
        List<Filing> inserted = new ArrayList<>(filings.size());
        for (int i = 0; i < filings.size(); i++) {
            if (counts[i] != 0) {
                inserted.add(filings.get(i));
            }
        }
        history.append(inserted);
        inserted.forEach(f -> f.stored(0));
        return inserted;
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
        history.append(List.of(f));
        f.stored(f.version() + 1);
    }

    /** The latest pre-check, kept on the filing whoever ran it; not a decision, so no version check. */
    public void savePrecheck(String id, PrecheckResult result) {
        jdbc.sql("update filing set precheck = ?::jsonb where id = ?")
                .params(mapper.writeValueAsString(result), UUID.fromString(id)).update();
    }

    public List<HistoryEntry> history(String id) {
        return history.of(id);
    }

    /** The filing numbers among {@code numbers} that are stored already. */
    public List<String> storedNumbers(Collection<String> numbers) {
        return jdbc.sql("select filing_number from filing where filing_number = any(?)")
                .param(numbers.toArray(String[]::new)).query(String.class).list();
    }

    private Filing filing(Row r) {
        return new Filing(r.id(), r.providerId(), r.providerName(), r.status(), mapper.readValue(r.app(), Declaration.class),
                r.filingNumber(), r.category(), r.precheck() == null ? null : mapper.readValue(r.precheck(), PrecheckResult.class),
                r.createdAt(), r.submittedAt(), r.registeredAt(), r.revokedAt(), r.version());
    }

    static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    public static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
