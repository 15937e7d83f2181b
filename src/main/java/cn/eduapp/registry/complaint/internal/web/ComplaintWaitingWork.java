package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.complaint.Agency;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.WaitingWork;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The complaints an agency's staff still have to answer, and how many of them are past their due date. */
@Component
class ComplaintWaitingWork implements WaitingWork {

    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintWaitingWork(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Waiting> waitingFor(CurrentUser user) {
        return Agency.of(user.roles()).map(agency -> {
            long open = jdbc.sql("select count(*) from complaint where agency = ? and status = 'RECEIVED'")
                    .param(agency.name()).query(Long.class).single();
            long overdue = jdbc.sql("select count(*) from complaint where agency = ? and status = 'RECEIVED' and due_at < ?")
                    .param(agency.name()).param(java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
            return List.of(new Waiting("waiting.complaints.open", open, "/complaints"),
                    new Waiting("waiting.complaints.overdue", overdue, "/complaints"));
        }).orElse(List.of());
    }
}
