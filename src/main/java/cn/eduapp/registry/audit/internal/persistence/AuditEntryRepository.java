package cn.eduapp.registry.audit.internal.persistence;

import cn.eduapp.registry.audit.AuditEntry;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * audit_entry and audit_checkpoint: the chain's lock, its last link, the batch of new entries, the pages of the
 * trail and the stream a verification reads. The chain itself (what is hashed, how it is checked) is
 * {@code AuditTrail}'s.
 */
@Repository
public class AuditEntryRepository {

    // rows fetched per round trip while verifying: the whole table never sits in memory
    private static final int FETCH_SIZE = 1000;

    /** A point of the chain: a sequence number and the hash there. */
    public record Link(long seq, String hash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JdbcClient streaming;

    AuditEntryRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
    }

    /** Takes the transaction-scoped advisory lock {@code key}: held until the caller's transaction ends. */
    public void lock(long key) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(key).query((rs, i) -> 1).single();
    }

    /** The newest entry, or else (everything archived) the latest archive checkpoint; empty: the genesis. */
    public Optional<Link> last() {
        return jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1").query(Rows.of(Link.class)).optional()
                .or(this::checkpoint);
    }

    /** The latest archive checkpoint: the last archived sequence number and its hash. */
    public Optional<Link> checkpoint() {
        return jdbc.sql("""
                select archived_through_seq as seq, last_hash as hash from audit_checkpoint
                 order by archived_through_seq desc limit 1""")
                .query(Rows.of(Link.class)).optional();
    }

    /** Writes the entries in one batch. */
    public void insertAll(List<AuditEntry> entries) {
        List<Object[]> rows = entries.stream().map(e -> new Object[] {e.seq(), Timestamp.from(e.at()), e.actor(),
                e.organisation(), e.action(), e.entityType(), e.entityId(), e.summary(), e.prevHash(), e.hash()}).toList();
        batch.batchUpdate("""
                insert into audit_entry (seq, at, actor, organisation, action, entity_type, entity_id, summary, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    public PageResult<AuditEntry> find(@Nullable String entityType, @Nullable String entityId, PageQuery page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (entityType != null) {
            where.add("entity_type = ?");
            params.add(entityType);
        }
        if (entityId != null) {
            where.add("entity_id = ?");
            params.add(entityId);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from audit_entry" + filter).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<AuditEntry> items = jdbc.sql("select * from audit_entry" + filter + " order by seq desc limit ? offset ?")
                .params(pageParams).query(Rows.of(AuditEntry.class)).list();
        return PageResult.of(items, page, total);
    }

    /**
     * Hands every entry after {@code seq} to {@code consumer} in seq order, {@value #FETCH_SIZE} rows per round trip
     * (inside a transaction: outside one the driver reads everything at once).
     */
    public void forEachAfter(long seq, Consumer<AuditEntry> consumer) {
        RowMapper<AuditEntry> rows = Rows.of(AuditEntry.class);
        streaming.sql("select * from audit_entry where seq > ? order by seq").param(seq)
                .query(rs -> {
                    consumer.accept(rows.mapRow(rs, 0));
                });
    }
}
