package cn.eduapp.registry.enforcement.internal;

import static cn.eduapp.registry.enforcement.internal.OrderRepository.ts;

import cn.eduapp.registry.enforcement.TakedownNoticeView;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Takedown notices and their delivery to each app store. */
@Repository
public class NoticeRepository {

    private static final TypeReference<List<TakedownNoticeView.Platform>> PLATFORMS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    NoticeRepository(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public record StoredNotice(String id, @Nullable String filingId, String filingNumber, String appName,
                               @Nullable String providerName, List<TakedownNoticeView.Platform> platforms, String reason,
                               String cause, @Nullable String orderId, Instant issuedAt, String issuedBy) {
    }

    public record Delivery(String platformId, String platformName, @Nullable String action,
                           @Nullable Instant acknowledgedAt, @Nullable Instant remindedAt) {
    }

    public record Reminder(String noticeId, String filingNumber, String platformId, String platformName, Instant issuedAt) {
    }

    public void insert(StoredNotice n) {
        jdbc.sql("""
                insert into takedown_notice (id, filing_id, filing_number, app_name, provider_name, platforms, reason, cause,
                                             order_id, issued_at, issued_by)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(n.id()), n.filingId() == null ? null : UUID.fromString(n.filingId()),
                        n.filingNumber(), n.appName(), n.providerName(), mapper.writeValueAsString(n.platforms()),
                        n.reason(), n.cause(), n.orderId() == null ? null : UUID.fromString(n.orderId()),
                        ts(n.issuedAt()), n.issuedBy())
                .update();
    }

    public void insertDelivery(String noticeId, String platformId, String platformName) {
        jdbc.sql("insert into takedown_delivery (notice_id, platform_id, platform_name) values (?, ?, ?)")
                .params(UUID.fromString(noticeId), UUID.fromString(platformId), platformName).update();
    }

    public Optional<StoredNotice> find(String id) {
        UUID uuid = OrderRepository.parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from takedown_notice where id = ?").param(uuid).query(this::map).optional();
    }

    public List<Delivery> deliveries(String noticeId) {
        return jdbc.sql("""
                select platform_id::text, platform_name, action, acknowledged_at, reminded_at from takedown_delivery
                 where notice_id = ? order by platform_name, platform_id""")
                .param(UUID.fromString(noticeId))
                .query((rs, i) -> new Delivery(rs.getString(1), rs.getString(2), rs.getString(3),
                        OrderRepository.instant(rs.getTimestamp(4)), OrderRepository.instant(rs.getTimestamp(5))))
                .list();
    }

    /** The delivery of one notice to one store, if the notice went to it. */
    public Optional<Delivery> delivery(String noticeId, String platformId) {
        UUID n = OrderRepository.parse(noticeId);
        UUID p = OrderRepository.parse(platformId);
        if (n == null || p == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select platform_id::text, platform_name, action, acknowledged_at, reminded_at from takedown_delivery
                 where notice_id = ? and platform_id = ?""")
                .params(n, p)
                .query((rs, i) -> new Delivery(rs.getString(1), rs.getString(2), rs.getString(3),
                        OrderRepository.instant(rs.getTimestamp(4)), OrderRepository.instant(rs.getTimestamp(5))))
                .optional();
    }

    /** Records the acknowledgement once; false when the store had acknowledged already. */
    public boolean acknowledge(String noticeId, String platformId, String action, String by, Instant at) {
        return jdbc.sql("""
                update takedown_delivery set action = ?, acknowledged_at = ?, acknowledged_by = ?
                 where notice_id = ? and platform_id = ? and action is null""")
                .params(action, ts(at), by, UUID.fromString(noticeId), UUID.fromString(platformId)).update() == 1;
    }

    public PageResult<TakedownNoticeView.InboxItem> inbox(String platformId, PageQuery page) {
        UUID p = OrderRepository.parse(platformId);
        if (p == null) {
            return PageResult.of(List.of(), page, 0);
        }
        long total = jdbc.sql("select count(*) from takedown_delivery where platform_id = ? and action is null")
                .param(p).query(Long.class).single();
        List<TakedownNoticeView.InboxItem> items = jdbc.sql("""
                select n.*, d.reminded_at from takedown_delivery d join takedown_notice n on n.id = d.notice_id
                 where d.platform_id = ? and d.action is null
                 order by n.issued_at desc, n.id limit ? offset ?""")
                .params(p, page.size(), page.offset())
                .query((rs, i) -> {
                    StoredNotice n = map(rs, i);
                    return new TakedownNoticeView.InboxItem(n.id(), n.filingNumber(), n.appName(), n.providerName(),
                            n.platforms(), n.reason(), n.issuedAt(), rs.getTimestamp("reminded_at") != null);
                })
                .list();
        return PageResult.of(items, page, total);
    }

    public PageResult<TakedownNoticeView.Summary> list(@Nullable String filingNumber, PageQuery page) {
        String where = filingNumber == null || filingNumber.isBlank() ? "" : " where n.filing_number = ?";
        List<Object> params = where.isEmpty() ? new java.util.ArrayList<>() : new java.util.ArrayList<>(List.of(filingNumber.trim()));
        long total = jdbc.sql("select count(*) from takedown_notice n" + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<TakedownNoticeView.Summary> items = jdbc.sql("""
                select n.id::text, n.filing_number, n.app_name, n.reason, n.cause, n.issued_at,
                       (select count(*) from takedown_delivery d where d.notice_id = n.id and d.action is not null) as acked,
                       (select count(*) from takedown_delivery d where d.notice_id = n.id and d.action is null) as silent
                  from takedown_notice n""" + where + " order by n.issued_at desc, n.id limit ? offset ?")
                .params(params)
                .query((rs, i) -> new TakedownNoticeView.Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getInt(8)))
                .list();
        return PageResult.of(items, page, total);
    }

    /** Marks, once, every store still silent on a notice issued before {@code issuedBefore}; returns them. */
    public List<Reminder> remindSilent(Instant issuedBefore, Instant now) {
        return jdbc.sql("""
                update takedown_delivery d set reminded_at = ?
                  from takedown_notice n
                 where n.id = d.notice_id and d.action is null and d.reminded_at is null and n.issued_at < ?
                returning d.notice_id::text, n.filing_number, d.platform_id::text, d.platform_name, n.issued_at""")
                .params(ts(now), ts(issuedBefore))
                .query((rs, i) -> new Reminder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private StoredNotice map(ResultSet rs, int row) throws SQLException {
        return new StoredNotice(rs.getString("id"), rs.getString("filing_id"), rs.getString("filing_number"),
                rs.getString("app_name"), rs.getString("provider_name"),
                mapper.readValue(rs.getString("platforms"), PLATFORMS), rs.getString("reason"), rs.getString("cause"),
                rs.getString("order_id"), rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"));
    }
}
