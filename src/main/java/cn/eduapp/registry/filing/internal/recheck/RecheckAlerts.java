package cn.eduapp.registry.filing.internal.recheck;

import cn.eduapp.registry.filing.RecheckAlert;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.ApiProblem;
import cn.eduapp.registry.system.PageQuery;
import cn.eduapp.registry.system.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The city's list of re-check alerts and their dismissal. */
@Component
public class RecheckAlerts {

    private static final String COLUMNS = """
            id::text, filing_id::text, filing_number, rule_id, clause, message, raised_at, status, closed_at, closed_by,
            comment""";

    private final JdbcClient jdbc;
    private final Clock clock;

    RecheckAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageResult<RecheckAlert> list(@Nullable String status, @Nullable String filingId, PageQuery page) {
        String where = " where (?::text is null or status = ?) and (?::uuid is null or filing_id = ?::uuid)";
        long total = jdbc.sql("select count(*) from recheck_alert" + where).params(status, status, filingId, filingId)
                .query(Long.class).single();
        List<RecheckAlert> items = jdbc.sql("select " + COLUMNS + " from recheck_alert" + where
                        + " order by raised_at desc, id limit ? offset ?")
                .params(status, status, filingId, filingId, page.size(), page.offset()).query(RecheckAlerts::map).list();
        return PageResult.of(items, page, total);
    }

    public Optional<RecheckAlert> find(String id) {
        try {
            return jdbc.sql("select " + COLUMNS + " from recheck_alert where id = ?").param(UUID.fromString(id))
                    .query(RecheckAlerts::map).optional();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Closes an open alert with the city's comment; a closed one is 409. */
    public RecheckAlert dismiss(String id, CurrentUser user, String comment) {
        find(id).orElseThrow(ApiProblem::notFound);
        int rows = jdbc.sql("""
                update recheck_alert set status = 'DISMISSED', closed_at = ?, closed_by = ?, comment = ?
                 where id = ? and status = 'OPEN'""")
                .params(Timestamp.from(clock.instant()), user.username(), comment.trim(), UUID.fromString(id)).update();
        if (rows == 0) {
            throw ApiProblem.conflict("recheck.alreadyClosed");
        }
        return find(id).orElseThrow();
    }

    static RecheckAlert map(ResultSet rs, int i) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new RecheckAlert(rs.getString(1), rs.getString(2), rs.getString("filing_number"), rs.getString("rule_id"),
                rs.getString("clause"), rs.getString("message"), rs.getTimestamp("raised_at").toInstant(),
                rs.getString("status"), closed == null ? null : closed.toInstant(), rs.getString("closed_by"),
                rs.getString("comment"));
    }
}
