package cn.eduapp.registry.enforcement.internal.persistence;

import static cn.eduapp.registry.enforcement.internal.persistence.Ids.parse;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.ts;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.uuid;

import cn.eduapp.registry.enforcement.TakedownNoticeView;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Instant;
import java.util.ArrayList;
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
    private static final String NOTICE = """
            n.id, n.filing_id, n.filing_number, n.app_name, n.provider_name, n.platforms, n.reason, n.cause, n.order_id,
            n.issued_at, n.issued_by""";
    private static final String DELIVERY = "platform_id, platform_name, action, acknowledged_at, reminded_at";

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

    /** A row of {@link #NOTICE}: the stores as their JSON text. */
    record Row(String id, @Nullable String filingId, String filingNumber, String appName, @Nullable String providerName,
               String platforms, String reason, String cause, @Nullable String orderId, Instant issuedAt, String issuedBy) {
    }

    /** A row of the inbox: the notice and whether a reminder went out for this store. */
    record InboxRow(String id, String filingNumber, String appName, @Nullable String providerName, String platforms,
                    String reason, Instant issuedAt, boolean reminded) {
    }

    public void insert(StoredNotice n) {
        jdbc.sql("""
                insert into takedown_notice (id, filing_id, filing_number, app_name, provider_name, platforms, reason, cause,
                                             order_id, issued_at, issued_by)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(n.id()), uuid(n.filingId()), n.filingNumber(), n.appName(), n.providerName(),
                        mapper.writeValueAsString(n.platforms()), n.reason(), n.cause(), uuid(n.orderId()),
                        ts(n.issuedAt()), n.issuedBy())
                .update();
    }

    public void insertDelivery(String noticeId, String platformId, String platformName) {
        jdbc.sql("insert into takedown_delivery (notice_id, platform_id, platform_name) values (?, ?, ?)")
                .params(UUID.fromString(noticeId), UUID.fromString(platformId), platformName).update();
    }

    public Optional<StoredNotice> find(String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + NOTICE + " from takedown_notice n where n.id = ?").param(uuid)
                .query(Rows.of(Row.class)).optional().map(this::notice);
    }

    public List<Delivery> deliveries(String noticeId) {
        return jdbc.sql("select " + DELIVERY + " from takedown_delivery where notice_id = ? order by platform_name, platform_id")
                .param(UUID.fromString(noticeId)).query(Rows.of(Delivery.class)).list();
    }

    /** The delivery of one notice to one store, if the notice went to it. */
    public Optional<Delivery> delivery(String noticeId, String platformId) {
        UUID n = parse(noticeId);
        UUID p = parse(platformId);
        if (n == null || p == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + DELIVERY + " from takedown_delivery where notice_id = ? and platform_id = ?")
                .params(n, p).query(Rows.of(Delivery.class)).optional();
    }

    /** Records the acknowledgement once; false when the store had acknowledged already. */
    public boolean acknowledge(String noticeId, String platformId, String action, String by, Instant at) {
        return jdbc.sql("""
                update takedown_delivery set action = ?, acknowledged_at = ?, acknowledged_by = ?
                 where notice_id = ? and platform_id = ? and action is null""")
                .params(action, ts(at), by, UUID.fromString(noticeId), UUID.fromString(platformId)).update() == 1;
    }

    public PageResult<TakedownNoticeView.InboxItem> inbox(String platformId, PageQuery page) {
        UUID p = parse(platformId);
        if (p == null) {
            return PageResult.of(List.of(), page, 0);
        }
        long total = jdbc.sql("select count(*) from takedown_delivery where platform_id = ? and action is null")
                .param(p).query(Long.class).single();
        List<TakedownNoticeView.InboxItem> items = jdbc.sql("""
                select n.id, n.filing_number, n.app_name, n.provider_name, n.platforms, n.reason, n.issued_at,
                       d.reminded_at is not null as reminded
                  from takedown_delivery d join takedown_notice n on n.id = d.notice_id
                 where d.platform_id = ? and d.action is null
                 order by n.issued_at desc, n.id limit ? offset ?""")
                .params(p, page.size(), page.offset()).query(Rows.of(InboxRow.class)).list().stream()
                .map(r -> new TakedownNoticeView.InboxItem(r.id(), r.filingNumber(), r.appName(), r.providerName(),
                        platforms(r.platforms()), r.reason(), r.issuedAt(), r.reminded()))
                .toList();
        return PageResult.of(items, page, total);
    }

    public PageResult<TakedownNoticeView.Summary> list(@Nullable String filingNumber, PageQuery page) {
        String where = filingNumber == null || filingNumber.isBlank() ? "" : " where n.filing_number = ?";
        List<Object> params = where.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(filingNumber.trim()));
        long total = jdbc.sql("select count(*) from takedown_notice n" + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<TakedownNoticeView.Summary> items = jdbc.sql("""
                select n.id, n.filing_number, n.app_name, n.reason, n.cause, n.issued_at,
                       (select count(*) from takedown_delivery d where d.notice_id = n.id and d.action is not null) as acknowledged,
                       (select count(*) from takedown_delivery d where d.notice_id = n.id and d.action is null) as silent
                  from takedown_notice n""" + where + " order by n.issued_at desc, n.id limit ? offset ?")
                .params(params).query(Rows.of(TakedownNoticeView.Summary.class)).list();
        return PageResult.of(items, page, total);
    }

    /** Marks, once, every store still silent on a notice issued before {@code issuedBefore}; returns them. */
    public List<Reminder> remindSilent(Instant issuedBefore, Instant now) {
        return jdbc.sql("""
                update takedown_delivery d set reminded_at = ?
                  from takedown_notice n
                 where n.id = d.notice_id and d.action is null and d.reminded_at is null and n.issued_at < ?
                returning d.notice_id, n.filing_number, d.platform_id, d.platform_name, n.issued_at""")
                .params(ts(now), ts(issuedBefore)).query(Rows.of(Reminder.class)).list();
    }

    private StoredNotice notice(Row r) {
        return new StoredNotice(r.id(), r.filingId(), r.filingNumber(), r.appName(), r.providerName(),
                platforms(r.platforms()), r.reason(), r.cause(), r.orderId(), r.issuedAt(), r.issuedBy());
    }

    private List<TakedownNoticeView.Platform> platforms(String json) {
        return mapper.readValue(json, PLATFORMS);
    }
}
