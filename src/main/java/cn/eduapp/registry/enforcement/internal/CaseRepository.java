package cn.eduapp.registry.enforcement.internal;

import static cn.eduapp.registry.enforcement.internal.OrderRepository.instant;
import static cn.eduapp.registry.enforcement.internal.OrderRepository.parse;
import static cn.eduapp.registry.enforcement.internal.OrderRepository.ts;

import cn.eduapp.registry.enforcement.CaseGround;
import cn.eduapp.registry.enforcement.CaseOutcome;
import cn.eduapp.registry.enforcement.CaseStatus;
import cn.eduapp.registry.enforcement.internal.domain.EnforcementCase;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enforcement cases ({@link EnforcementCase}), written with optimistic locking. */
@Repository
public class CaseRepository {

    private static final String COLUMNS = """
            id, order_id, filing_id, provider_id, filing_number, app_name, provider_name, credit_code, ground, status,
            facts, opened_at, opened_by, statement_due_at, statement, statement_at, outcome, reasons, decided_at,
            decided_by, new_deadline, version""";

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(EnforcementCase c) {
        jdbc.sql("insert into enforcement_case (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.fromString(c.id), UUID.fromString(c.orderId), UUID.fromString(c.filingId),
                        UUID.fromString(c.providerId), c.filingNumber, c.appName, c.providerName, c.creditCode,
                        c.ground.name(), c.status().name(), c.facts, ts(c.openedAt), c.openedBy, ts(c.statementDueAt),
                        c.statement(), ts(c.statementAt()), c.outcome() == null ? null : c.outcome().name(), c.reasons(),
                        ts(c.decidedAt()), c.decidedBy(), ts(c.newDeadline()), c.version)
                .update();
    }

    public void save(EnforcementCase c) {
        int rows = jdbc.sql("""
                update enforcement_case set status = ?, statement = ?, statement_at = ?, outcome = ?, reasons = ?,
                       decided_at = ?, decided_by = ?, new_deadline = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(c.status().name(), c.statement(), ts(c.statementAt()),
                        c.outcome() == null ? null : c.outcome().name(), c.reasons(), ts(c.decidedAt()), c.decidedBy(),
                        ts(c.newDeadline()), UUID.fromString(c.id), c.version)
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("enforcement case " + c.id + " changed concurrently");
        }
    }

    public Optional<EnforcementCase> find(String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from enforcement_case where id = ?").param(uuid)
                .query(CaseRepository::map).optional();
    }

    public List<EnforcementCase> ofOrder(String orderId) {
        return jdbc.sql("select " + COLUMNS + " from enforcement_case where order_id = ? order by opened_at")
                .param(UUID.fromString(orderId)).query(CaseRepository::map).list();
    }

    public PageResult<EnforcementCase> list(@Nullable String providerId, @Nullable CaseStatus status, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (providerId != null) {
            UUID p = parse(providerId);
            where.append(" and provider_id = ?");
            params.add(p == null ? new UUID(0, 0) : p);
        }
        if (status != null) {
            where.append(" and status = ?");
            params.add(status.name());
        }
        long total = jdbc.sql("select count(*) from enforcement_case" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<EnforcementCase> items = jdbc.sql("select " + COLUMNS + " from enforcement_case" + where
                        + " order by opened_at desc, id limit ? offset ?")
                .params(pageParams).query(CaseRepository::map).list();
        return PageResult.of(items, page, total);
    }

    public void recordReview(String caseId, String body, String reference, java.time.LocalDate decidedOn, boolean annulled,
                             java.time.Instant at, String by) {
        jdbc.sql("""
                insert into enforcement_review_result (case_id, body, reference, decided_on, annulled, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(caseId), body, reference, java.sql.Date.valueOf(decidedOn), annulled, ts(at), by)
                .update();
    }

    /** A recorded 行政复议 or court result. */
    public record Review(String body, String reference, java.time.LocalDate decidedOn, boolean annulled,
                         java.time.Instant recordedAt) {
    }

    public List<Review> reviews(String caseId) {
        return jdbc.sql("select body, reference, decided_on, annulled, recorded_at from enforcement_review_result"
                        + " where case_id = ? order by id")
                .param(UUID.fromString(caseId))
                .query((rs, i) -> new Review(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getBoolean(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    static EnforcementCase map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new EnforcementCase(rs.getString("id"), rs.getString("order_id"), rs.getString("filing_id"),
                rs.getString("provider_id"), rs.getString("filing_number"), rs.getString("app_name"),
                rs.getString("provider_name"), rs.getString("credit_code"), CaseGround.valueOf(rs.getString("ground")),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("facts"), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"), rs.getTimestamp("statement_due_at").toInstant(), rs.getString("statement"),
                instant(rs.getTimestamp("statement_at")), outcome == null ? null : CaseOutcome.valueOf(outcome),
                rs.getString("reasons"), instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"),
                instant(rs.getTimestamp("new_deadline")), rs.getInt("version"));
    }
}
