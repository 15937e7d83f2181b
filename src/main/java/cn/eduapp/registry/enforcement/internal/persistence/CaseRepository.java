package cn.eduapp.registry.enforcement.internal.persistence;

import static cn.eduapp.registry.enforcement.internal.persistence.Ids.orNone;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.parse;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.ts;

import cn.eduapp.registry.enforcement.CaseGround;
import cn.eduapp.registry.enforcement.CaseOutcome;
import cn.eduapp.registry.enforcement.CaseStatus;
import cn.eduapp.registry.enforcement.internal.domain.EnforcementCase;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
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

    /** A row of {@link #COLUMNS}. */
    record Row(String id, String orderId, String filingId, String providerId, @Nullable String filingNumber,
               String appName, String providerName, String creditCode, CaseGround ground, CaseStatus status,
               String facts, Instant openedAt, String openedBy, Instant statementDueAt, @Nullable String statement,
               @Nullable Instant statementAt, @Nullable CaseOutcome outcome, @Nullable String reasons,
               @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable Instant newDeadline, int version) {

        EnforcementCase enforcementCase() {
            return new EnforcementCase(id, orderId, filingId, providerId, filingNumber, appName, providerName, creditCode,
                    ground, status, facts, openedAt, openedBy, statementDueAt, statement, statementAt, outcome, reasons,
                    decidedAt, decidedBy, newDeadline, version);
        }
    }

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
                .query(Rows.of(Row.class)).optional().map(Row::enforcementCase);
    }

    public List<EnforcementCase> ofOrder(String orderId) {
        return jdbc.sql("select " + COLUMNS + " from enforcement_case where order_id = ? order by opened_at")
                .param(UUID.fromString(orderId)).query(Rows.of(Row.class)).list()
                .stream().map(Row::enforcementCase).toList();
    }

    public PageResult<EnforcementCase> list(@Nullable String providerId, @Nullable CaseStatus status, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (providerId != null) {
            where.append(" and provider_id = ?");
            params.add(orNone(providerId));
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
                .params(pageParams).query(Rows.of(Row.class)).list().stream().map(Row::enforcementCase).toList();
        return PageResult.of(items, page, total);
    }

    public void recordReview(String caseId, String body, String reference, LocalDate decidedOn, boolean annulled,
                             Instant at, String by) {
        jdbc.sql("""
                insert into enforcement_review_result (case_id, body, reference, decided_on, annulled, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(caseId), body, reference, Date.valueOf(decidedOn), annulled, ts(at), by)
                .update();
    }

    /** A recorded 行政复议 or court result. */
    public record Review(String body, String reference, LocalDate decidedOn, boolean annulled, Instant recordedAt) {
    }

    public List<Review> reviews(String caseId) {
        return jdbc.sql("select body, reference, decided_on, annulled, recorded_at from enforcement_review_result"
                        + " where case_id = ? order by id")
                .param(UUID.fromString(caseId))
                .query(Rows.of(Review.class)).list();
    }
}
