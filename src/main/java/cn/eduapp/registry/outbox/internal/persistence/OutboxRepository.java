package cn.eduapp.registry.outbox.internal.persistence;

import cn.eduapp.registry.outbox.Channel;
import cn.eduapp.registry.outbox.MessageGateway;
import cn.eduapp.registry.outbox.OutboundMessage;
import cn.eduapp.registry.outbox.OutboxEntry;
import cn.eduapp.registry.outbox.OutboxStatus;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: writes in the caller's transaction, claims and outcomes in the sender's own. */
@Repository
public class OutboxRepository {

    /** A claimed row; its message id is stable across attempts. */
    record DeliveryRow(String id, Channel channel, String recipient, String subject, String body,
                       @Nullable String attachmentName, @Nullable String attachmentType, byte @Nullable [] attachment) {

        MessageGateway.Delivery delivery() {
            return new MessageGateway.Delivery(id, channel, "<outbox-" + id + "@eduapp-registry>", recipient, subject, body,
                    attachmentName == null ? null : new OutboundMessage.Attachment(attachmentName, attachmentType, attachment));
        }
    }

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when it was new; a message with the same cause, channel and recipient is left as it is. */
    public boolean insert(OutboundMessage m, Instant now) {
        OutboundMessage.Attachment a = m.attachment();
        return jdbc.sql("""
                insert into outbox_message (id, channel, recipient, subject, body, attachment_name, attachment_type,
                                            attachment, dedup_key, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
                on conflict (dedup_key, channel, recipient) do nothing""")
                .params(UUID.randomUUID(), m.channel().name(), m.recipient(), m.subject(), m.body(),
                        a == null ? null : a.fileName(), a == null ? null : a.contentType(), a == null ? null : a.content(),
                        m.dedupKey(), Timestamp.from(now), Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Claims up to {@code limit} due messages of the channels given for {@code lease}: rows another instance
     * holds are skipped (SKIP LOCKED), so no two senders ever hold one message. A claim whose lease ran out
     * (its sender died) is due again.
     */
    public List<MessageGateway.Delivery> claim(List<Channel> channels, Instant now, Instant leaseUntil, int limit) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                update outbox_message m set status = 'SENDING', claimed_until = ?, attempts = m.attempts + 1
                 where m.id in (select id from outbox_message
                                 where channel = any (?)
                                   and ((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))
                                 order by next_attempt_at limit ? for update skip locked)
                returning m.id, m.recipient, m.subject, m.body, m.attachment_name, m.attachment_type, m.attachment, m.channel""")
                .params(Timestamp.from(leaseUntil), channels.stream().map(Enum::name).toArray(String[]::new),
                        Timestamp.from(now), Timestamp.from(now), limit)
                .query(Rows.of(DeliveryRow.class)).list().stream().map(DeliveryRow::delivery).toList();
    }

    /** Only the holder of the claim records the outcome. */
    public void sent(String id, Instant at) {
        jdbc.sql("update outbox_message set status = 'SENT', sent_at = ?, claimed_until = null, last_error = null where id = ? and status = 'SENDING'")
                .params(Timestamp.from(at), UUID.fromString(id)).update();
    }

    /** Back to PENDING for another attempt at {@code next}, or FAILED when attempts are used up. */
    public void failed(String id, String error, @Nullable Instant next) {
        jdbc.sql("""
                update outbox_message set status = ?, next_attempt_at = coalesce(?, next_attempt_at), claimed_until = null,
                       last_error = ? where id = ? and status = 'SENDING'""")
                .params(next == null ? "FAILED" : "PENDING", next == null ? null : Timestamp.from(next),
                        error.length() > 500 ? error.substring(0, 500) : error, UUID.fromString(id))
                .update();
    }

    public int attempts(String id) {
        return jdbc.sql("select attempts from outbox_message where id = ?").param(UUID.fromString(id))
                .query(Integer.class).single();
    }

    /** A failed message goes back to the queue, due now, with its attempts counted from zero. */
    public boolean retry(UUID id, Instant now) {
        return jdbc.sql("update outbox_message set status = 'PENDING', attempts = 0, next_attempt_at = ? where id = ? and status = 'FAILED'")
                .params(Timestamp.from(now), id).update() == 1;
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select count(*) from outbox_message where id = ?").param(id).query(Long.class).single() > 0;
    }

    public PageResult<OutboxEntry> list(@Nullable OutboxStatus status, PageQuery page) {
        String where = status == null ? "" : " where status = ?";
        List<Object> params = new ArrayList<>();
        if (status != null) {
            params.add(status.name());
        }
        long total = jdbc.sql("select count(*) from outbox_message" + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<OutboxEntry> items = jdbc.sql("""
                select id, channel, recipient, subject, status, attempts, created_at, next_attempt_at, sent_at, last_error,
                       attachment_name from outbox_message""" + where + " order by created_at desc, id limit ? offset ?")
                .params(params).query(Rows.of(OutboxEntry.class)).list();
        return PageResult.of(items, page, total);
    }

    public Optional<String> contactEmail(String organisationId) {
        return jdbc.sql("select email from outbox_contact where organisation_id = ? and email is not null")
                .param(organisationId).query(String.class).optional();
    }

    public void saveContact(String organisationId, @Nullable String email, @Nullable String phone, Instant at) {
        jdbc.sql("""
                insert into outbox_contact (organisation_id, email, phone, updated_at) values (?, ?, ?, ?)
                on conflict (organisation_id) do update set email = excluded.email, phone = excluded.phone,
                       updated_at = excluded.updated_at""")
                .params(organisationId, email, phone, Timestamp.from(at)).update();
    }
}
