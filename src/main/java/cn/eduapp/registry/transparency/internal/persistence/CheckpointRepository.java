package cn.eduapp.registry.transparency.internal.persistence;

import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.transparency.internal.Checkpoints.Issued;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** log_checkpoint: the signed checkpoints, newest last; issuing is serialised by an advisory lock. */
@Repository
public class CheckpointRepository {

    /** The advisory-lock key of issuing ("tcpt" in ASCII). */
    static final long ISSUE_LOCK = 0x74637074L;

    private final JdbcClient jdbc;

    CheckpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Issued> latest() {
        return jdbc.sql("""
                select tree_size as size, root_hash as root, note, issued_at as at
                  from log_checkpoint order by tree_size desc limit 1""")
                .query(Rows.of(Issued.class)).optional();
    }

    /** Holds issuing to this transaction: another instance waits until it ends. */
    public void lockIssuing() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ISSUE_LOCK).query((rs, i) -> 1).single();
    }

    public void insert(Issued checkpoint) {
        jdbc.sql("insert into log_checkpoint (tree_size, root_hash, note, issued_at) values (?, ?, ?, ?)")
                .params(checkpoint.size(), checkpoint.root(), checkpoint.note(), Timestamp.from(checkpoint.at())).update();
    }
}
