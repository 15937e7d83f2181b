package cn.eduapp.registry.provider.internal.persistence;

import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.system.data.Like;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disputes over a provider's credit code, the disputant's documents, and the provider record they may move (issue 21). */
@Repository
public class DisputeRepository {

    /** A dispute as stored. */
    public record Dispute(String id, String trackingNumber, String providerId, String creditCode, String organisationName,
                          String contactName, String contactPhone, String contactEmail, String statement, String status,
                          Instant filedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
                          @Nullable String decisionComment, @Nullable String previousName, String holderName) {
    }

    /** A document as listed. */
    public record DocumentInfo(String id, String kind, String fileName, String contentType, long size, String sha256,
                               Instant uploadedAt) {
    }

    /** A document with its bytes. */
    public record StoredDocument(String id, String fileName, String contentType, byte[] content) {
    }

    /** A new dispute's particulars. */
    public record NewDispute(String providerId, String creditCode, String organisationName, String contactName,
                             String contactPhone, String contactEmail, String statement) {
    }

    private static final String SELECT = """
            select d.id::text, d.tracking_number, d.provider_id::text, d.credit_code, d.organisation_name, d.contact_name,
                   d.contact_phone, d.contact_email, d.statement, d.status, d.filed_at, d.decided_by, d.decided_at,
                   d.decision_comment, d.previous_name, p.name as holder_name
              from provider_dispute d join provider p on p.id = d.provider_id
            """;

    private final JdbcClient jdbc;

    DisputeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String insert(NewDispute d, String trackingNumber, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into provider_dispute (id, tracking_number, provider_id, credit_code, organisation_name,
                    contact_name, contact_phone, contact_email, statement, filed_at)
                values (?, ?, ?::uuid, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, trackingNumber, d.providerId(), d.creditCode(), d.organisationName(), d.contactName(),
                        d.contactPhone(), d.contactEmail(), d.statement(), Timestamp.from(at))
                .update();
        return id.toString();
    }

    public String addDocument(String disputeId, String kind, UploadedFile f, String contentType, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into provider_dispute_document
                    (id, dispute_id, kind, file_name, content_type, size, sha256, content, uploaded_at)
                values (?, ?::uuid, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, disputeId, kind, f.storedName(), contentType, f.content().length, f.sha256(), f.content(),
                        Timestamp.from(at))
                .update();
        return id.toString();
    }

    public Optional<Dispute> find(String id) {
        if (!isUuid(id)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where d.id = ?::uuid").param(id).query(Rows.of(Dispute.class)).optional();
    }

    public Optional<Dispute> byTrackingNumber(String trackingNumber) {
        return jdbc.sql(SELECT + " where d.tracking_number = ?").param(trackingNumber).query(Rows.of(Dispute.class))
                .optional();
    }

    /** Pending first (oldest first), then the decided ones (latest first); {@code q} finds a credit code or a name. */
    public List<Dispute> page(@Nullable String q, long offset, int limit) {
        String like = q == null || q.isBlank() ? null : Like.containing(q);
        return jdbc.sql(SELECT + """
                 where (?::text is null or d.credit_code like ? escape '\\' or d.organisation_name like ? escape '\\'
                        or p.name like ? escape '\\')
                 order by (d.status = 'PENDING') desc,
                          case when d.status = 'PENDING' then d.filed_at end asc, d.decided_at desc, d.id
                 offset ? limit ?""")
                .params(like, like, like, like, offset, limit).query(Rows.of(Dispute.class)).list();
    }

    public long count(@Nullable String q) {
        String like = q == null || q.isBlank() ? null : Like.containing(q);
        return jdbc.sql("""
                select count(*) from provider_dispute d join provider p on p.id = d.provider_id
                 where (?::text is null or d.credit_code like ? escape '\\' or d.organisation_name like ? escape '\\'
                        or p.name like ? escape '\\')""")
                .params(like, like, like, like).query(Long.class).single();
    }

    public long countPending() {
        return jdbc.sql("select count(*) from provider_dispute where status = 'PENDING'").query(Long.class).single();
    }

    public List<DocumentInfo> documents(String disputeId) {
        return jdbc.sql("""
                select id::text, kind, file_name, content_type, size, sha256, uploaded_at
                  from provider_dispute_document where dispute_id = ?::uuid order by kind, uploaded_at""")
                .param(disputeId).query(Rows.of(DocumentInfo.class)).list();
    }

    public Optional<StoredDocument> document(String disputeId, String documentId) {
        if (!isUuid(disputeId) || !isUuid(documentId)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id::text, file_name, content_type, content from provider_dispute_document
                 where dispute_id = ?::uuid and id = ?::uuid""")
                .params(disputeId, documentId).query(Rows.of(StoredDocument.class)).optional();
    }

    /** Decides a PENDING dispute: false when it was decided already (or meanwhile). */
    public boolean decide(String id, String status, String comment, String by, Instant at, @Nullable String previousName) {
        return jdbc.sql("""
                update provider_dispute set status = ?, decision_comment = ?, decided_by = ?, decided_at = ?,
                       previous_name = ?
                 where id = ?::uuid and status = 'PENDING'""")
                .params(status, comment, by, Timestamp.from(at), previousName, id).update() == 1;
    }

    /** The record passes to the disputant: its name and contact, UNCLAIMED until the disputant claims it. */
    public void moveProvider(Dispute d, Instant at, String by, String comment) {
        jdbc.sql("""
                update provider set name = ?, contact_name = ?, contact_phone = ?, contact_email = ?,
                       verification = 'UNCLAIMED', verification_comment = ?, verified_at = ?, verified_by = ?
                 where id = ?::uuid""")
                .params(d.organisationName(), d.contactName(), d.contactPhone(), d.contactEmail(), comment,
                        Timestamp.from(at), by, d.providerId())
                .update();
    }

    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
