package cn.eduapp.registry.filing.internal.persistence;

import cn.eduapp.registry.filing.RecheckAlert;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import cn.eduapp.registry.system.data.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The city's list of re-check alerts and their dismissal. */
@Component
public class RecheckAlerts {

    private static final String COLUMNS = """
            id, filing_id, filing_number, rule_id, clause, message, raised_at, status, closed_at, closed_by, comment""";

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
                .params(status, status, filingId, filingId, page.size(), page.offset()).query(Rows.of(RecheckAlert.class)).list();
        return PageResult.of(items, page, total);
    }

    public Optional<RecheckAlert> find(String id) {
        try {
            return jdbc.sql("select " + COLUMNS + " from recheck_alert where id = ?").param(UUID.fromString(id))
                    .query(Rows.of(RecheckAlert.class)).optional();
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

}
