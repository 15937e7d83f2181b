package cn.eduapp.registry.complaint.internal.persistence;

import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 转办 (issue 22): a complaint about an app filed in another province, passed on to that province, and when. */
@Repository
public class ComplaintTransfers {

    private final JdbcClient jdbc;

    ComplaintTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Transfer(@Nullable String province, @Nullable Instant at) {
    }

    /** Not passed on. */
    public static final Transfer NONE = new Transfer(null, null);

    public void record(String complaintId, String province, Instant at) {
        jdbc.sql("update complaint set transferred_to_province = ?, transferred_at = ? where id = ?")
                .params(province, Timestamp.from(at), UUID.fromString(complaintId)).update();
    }

    public Optional<Transfer> of(String trackingNumber) {
        return jdbc.sql("""
                select transferred_to_province as province, transferred_at as at from complaint
                 where tracking_number = ? and transferred_to_province is not null""")
                .param(trackingNumber)
                .query(Rows.of(Transfer.class)).optional();
    }
}
