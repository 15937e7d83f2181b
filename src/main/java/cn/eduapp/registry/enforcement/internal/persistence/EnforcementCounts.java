package cn.eduapp.registry.enforcement.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts the 工作台 shows for enforcement: orders answered or due soon, a provider's open orders, silent stores. */
@Repository
public class EnforcementCounts {

    private final JdbcClient jdbc;

    EnforcementCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long answeredOrders() {
        return jdbc.sql("select count(*) from rectification_order where status = 'RESPONDED'").query(Long.class).single();
    }

    public long openOrdersDueBefore(Instant at) {
        return jdbc.sql("select count(*) from rectification_order where status = 'OPEN' and deadline < ?")
                .param(Timestamp.from(at)).query(Long.class).single();
    }

    public long openOrdersOf(String providerId) {
        return jdbc.sql("select count(*) from rectification_order where provider_id = ? and status = 'OPEN'")
                .param(UUID.fromString(providerId)).query(Long.class).single();
    }

    public long unacknowledgedNotices(String platformId) {
        return jdbc.sql("select count(*) from takedown_delivery where platform_id = ? and acknowledged_at is null")
                .param(UUID.fromString(platformId)).query(Long.class).single();
    }
}
