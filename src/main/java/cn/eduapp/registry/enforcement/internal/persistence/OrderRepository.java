package cn.eduapp.registry.enforcement.internal.persistence;

import static cn.eduapp.registry.enforcement.internal.persistence.Ids.orNone;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.parse;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.ts;

import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.enforcement.RectificationView;
import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.system.data.Like;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rectification orders ({@link RectificationOrder}) and their append-only history. Every change names the
 * version it read (optimistic locking), so exactly one transaction wins however many instances try.
 */
@Repository
public class OrderRepository {

    private static final String COLUMNS = """
            id, filing_id, provider_id, filing_number, app_name, provider_name, reason, clause, deadline,
            deadline_working_days, alert_id, status, response, responded_at, created_at, created_by, closed_at,
            document_number, served_at, opened_at, service_method, refusal_evidence, version""";

    /** A row of {@link #COLUMNS}; an order issued before numbered documents has no number (""). */
    record Row(String id, String filingId, String providerId, @Nullable String filingNumber, String appName,
               String providerName, String reason, String clause, @Nullable Instant deadline,
               @Nullable Integer deadlineWorkingDays, @Nullable String alertId, RectificationStatus status,
               @Nullable String response, @Nullable Instant respondedAt, Instant createdAt, String createdBy,
               @Nullable Instant closedAt, @Nullable String documentNumber, @Nullable Instant servedAt,
               @Nullable Instant openedAt, @Nullable String serviceMethod, @Nullable String refusalEvidence, int version) {

        RectificationOrder order() {
            return new RectificationOrder(id, filingId, providerId, filingNumber, appName, providerName, reason, clause,
                    deadline, deadlineWorkingDays, alertId, status, response, respondedAt, createdAt, createdBy, closedAt,
                    documentNumber == null ? "" : documentNumber, servedAt, openedAt, serviceMethod, refusalEvidence,
                    version);
        }
    }

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RectificationOrder o) {
        jdbc.sql("insert into rectification_order (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.fromString(o.id), UUID.fromString(o.filingId), UUID.fromString(o.providerId),
                        o.filingNumber, o.appName, o.providerName, o.reason, o.clause, ts(o.deadline()),
                        o.deadlineWorkingDays, o.alertId, o.status().name(), o.response(), ts(o.respondedAt()),
                        ts(o.createdAt), o.createdBy, ts(o.closedAt()), o.documentNumber, ts(o.servedAt()),
                        ts(o.openedAt()), o.serviceMethod(), o.refusalEvidence(), o.version)
                .update();
    }

    public Optional<RectificationOrder> find(String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from rectification_order where id = ?").param(uuid)
                .query(Rows.of(Row.class)).optional().map(Row::order);
    }

    /** Whether an order of the filing still holds it: open, answered, or overdue/refused awaiting a decision. */
    public boolean hasActiveOrder(String filingId) {
        return jdbc.sql("""
                select count(*) from rectification_order where filing_id = ?
                   and status in ('OPEN', 'RESPONDED', 'OVERDUE', 'REFUSED') and closed_at is null""")
                .param(UUID.fromString(filingId)).query(Long.class).single() > 0;
    }

    /**
     * Writes the order's changed state if nobody changed it since it was read (its version). Two instances
     * claiming the same overdue order: the second waits for the first one's row lock, then finds the version
     * moved and fails, its transaction (and the case it opened) rolled back.
     */
    public void save(RectificationOrder o) {
        int rows = jdbc.sql("""
                update rectification_order set status = ?, deadline = ?, response = ?, responded_at = ?, closed_at = ?,
                       served_at = ?, opened_at = ?, service_method = ?, refusal_evidence = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(o.status().name(), ts(o.deadline()), o.response(), ts(o.respondedAt()), ts(o.closedAt()),
                        ts(o.servedAt()), ts(o.openedAt()), o.serviceMethod(), o.refusalEvidence(),
                        UUID.fromString(o.id), o.version)
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("rectification order " + o.id + " changed concurrently");
        }
    }

    /** OPEN orders, served, past their deadline: what the sweep finds overdue. */
    public List<String> dueIds(Instant now, int limit) {
        return jdbc.sql("""
                select id::text from rectification_order
                 where status = 'OPEN' and served_at is not null and deadline < ? order by deadline limit ?""")
                .params(ts(now), limit).query(String.class).list();
    }

    public void appendHistory(String orderId, Instant at, String actor, String action,
                              @Nullable RectificationStatus from, RectificationStatus to, @Nullable String comment) {
        jdbc.sql("""
                insert into rectification_history (order_id, at, actor, action, from_status, to_status, comment)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(orderId), ts(at), actor, action, from == null ? null : from.name(), to.name(),
                        comment == null || comment.isBlank() ? null : comment.trim())
                .update();
    }

    public List<RectificationView.Entry> history(String orderId) {
        return jdbc.sql("""
                select at, actor, action, from_status, to_status, comment from rectification_history
                 where order_id = ? order by id""")
                .param(UUID.fromString(orderId))
                .query(Rows.of(RectificationView.Entry.class)).list();
    }

    /** A filter of the order lists; null means any. {@code dueBefore}: OPEN orders due before then (and not yet). */
    public record Filter(@Nullable String providerId, @Nullable String filingId, @Nullable RectificationStatus status,
                         @Nullable Instant dueAfter, @Nullable Instant dueBefore, @Nullable String q) {
        public static Filter of(@Nullable String providerId, @Nullable String filingId, @Nullable RectificationStatus status) {
            return new Filter(providerId, filingId, status, null, null, null);
        }
    }

    public PageResult<RectificationOrder> list(Filter f, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (f.providerId() != null) {
            where.append(" and provider_id = ?");
            params.add(orNone(f.providerId()));
        }
        if (f.filingId() != null) {
            where.append(" and filing_id = ?");
            params.add(orNone(f.filingId()));
        }
        if (f.status() != null) {
            where.append(" and status = ?");
            params.add(f.status().name());
        }
        if (f.dueAfter() != null) {
            where.append(" and deadline >= ?");
            params.add(ts(f.dueAfter()));
        }
        if (f.dueBefore() != null) {
            where.append(" and deadline < ?");
            params.add(ts(f.dueBefore()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = Like.containing(f.q());
            where.append(" and (app_name ilike ? escape '\\' or provider_name ilike ? escape '\\' or filing_number = ?)");
            params.add(like);
            params.add(like);
            params.add(f.q().trim());
        }
        long total = jdbc.sql("select count(*) from rectification_order" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        String order = f.dueBefore() != null || f.dueAfter() != null ? " order by deadline, id" : " order by created_at desc, id";
        List<RectificationOrder> items = jdbc.sql("select " + COLUMNS + " from rectification_order" + where + order + " limit ? offset ?")
                .params(pageParams).query(Rows.of(Row.class)).list().stream().map(Row::order).toList();
        return PageResult.of(items, page, total);
    }

    /** The complaint an order was started from. */
    public void recordSource(String orderId, String complaintId) {
        jdbc.sql("insert into rectification_source (order_id, complaint_id) values (?, ?)")
                .params(UUID.fromString(orderId), UUID.fromString(complaintId)).update();
    }

    public @Nullable String sourceComplaint(String orderId) {
        return jdbc.sql("select complaint_id::text from rectification_source where order_id = ?")
                .param(UUID.fromString(orderId)).query(String.class).optional().orElse(null);
    }
}
