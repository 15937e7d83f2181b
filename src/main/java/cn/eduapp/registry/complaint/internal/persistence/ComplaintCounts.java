package cn.eduapp.registry.complaint.internal.persistence;

import cn.eduapp.registry.complaint.Agency;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts the 工作台 shows for complaints: an agency's unanswered ones, and those past their due date. */
@Repository
public class ComplaintCounts {

    private final JdbcClient jdbc;

    ComplaintCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long unanswered(Agency agency) {
        return jdbc.sql("select count(*) from complaint where agency = ? and status = 'RECEIVED'")
                .param(agency.name()).query(Long.class).single();
    }

    public long overdue(Agency agency, Instant now) {
        return jdbc.sql("select count(*) from complaint where agency = ? and status = 'RECEIVED' and due_at < ?")
                .param(agency.name()).param(Timestamp.from(now)).query(Long.class).single();
    }
}
