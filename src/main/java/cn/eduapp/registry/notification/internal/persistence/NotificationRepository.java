package cn.eduapp.registry.notification.internal.persistence;

import cn.eduapp.registry.notification.NotificationView;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotificationRepository {

    private static final String SELECT = """
            select n.id, n.at, n.kind, n.message, n.filing_number,
                   exists (select 1 from notification_read r where r.notification_id = n.id and r.account_id = ?) as read
              from notification n
            """;

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when it was new; an existing (organisation, dedup key) is left as it is. */
    public boolean insert(String organisationId, Instant at, String kind, String message, @Nullable String filingNumber,
                          String dedupKey) {
        return jdbc.sql("""
                insert into notification (id, organisation_id, at, kind, message, filing_number, dedup_key)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id, dedup_key) do nothing""")
                .params(UUID.randomUUID(), UUID.fromString(organisationId), Timestamp.from(at), kind, message,
                        filingNumber, dedupKey)
                .update() == 1;
    }

    public PageResult<NotificationView> list(String organisationId, String accountId, boolean unreadOnly, PageQuery page) {
        UUID org = UUID.fromString(organisationId);
        UUID account = UUID.fromString(accountId);
        String unread = unreadOnly
                ? " and not exists (select 1 from notification_read r where r.notification_id = n.id and r.account_id = ?)" : "";
        Object[] countParams = unreadOnly ? new Object[] {org, account} : new Object[] {org};
        long total = jdbc.sql("select count(*) from notification n where n.organisation_id = ?" + unread)
                .params(countParams).query(Long.class).single();
        List<Object> params = new java.util.ArrayList<>(List.of(account, org));
        if (unreadOnly) {
            params.add(account);
        }
        params.add(page.size());
        params.add(page.offset());
        List<NotificationView> items = jdbc.sql(SELECT + " where n.organisation_id = ?" + unread
                        + " order by n.at desc, n.id limit ? offset ?")
                .params(params).query(Rows.of(NotificationView.class)).list();
        return PageResult.of(items, page, total);
    }

    public long unreadCount(String organisationId, String accountId) {
        return jdbc.sql("""
                select count(*) from notification n where n.organisation_id = ?
                   and not exists (select 1 from notification_read r where r.notification_id = n.id and r.account_id = ?)""")
                .params(UUID.fromString(organisationId), UUID.fromString(accountId)).query(Long.class).single();
    }

    public Optional<NotificationView> find(String id, String organisationId, String accountId) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where n.id = ? and n.organisation_id = ?")
                .params(UUID.fromString(accountId), uuid, UUID.fromString(organisationId))
                .query(Rows.of(NotificationView.class)).optional();
    }

    public void markRead(String id, String accountId, Instant at) {
        jdbc.sql("""
                insert into notification_read (notification_id, account_id, read_at) values (?, ?, ?)
                on conflict do nothing""")
                .params(UUID.fromString(id), UUID.fromString(accountId), Timestamp.from(at)).update();
    }

    public int markAllRead(String organisationId, String accountId, Instant at) {
        return jdbc.sql("""
                insert into notification_read (notification_id, account_id, read_at)
                select n.id, ?, ? from notification n where n.organisation_id = ?
                on conflict do nothing""")
                .params(UUID.fromString(accountId), Timestamp.from(at), UUID.fromString(organisationId)).update();
    }

    private static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
