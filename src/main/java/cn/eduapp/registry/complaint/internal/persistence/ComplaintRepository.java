package cn.eduapp.registry.complaint.internal.persistence;

import cn.eduapp.registry.complaint.Agency;
import cn.eduapp.registry.complaint.ComplaintCategory;
import cn.eduapp.registry.complaint.ComplaintDetail;
import cn.eduapp.registry.complaint.ComplaintFigures;
import cn.eduapp.registry.complaint.ComplaintFilter;
import cn.eduapp.registry.complaint.ComplaintOutcome;
import cn.eduapp.registry.complaint.ComplaintStatus;
import cn.eduapp.registry.complaint.ComplaintSummary;
import cn.eduapp.registry.complaint.EvidenceDownload;
import cn.eduapp.registry.complaint.internal.domain.Complaint;
import cn.eduapp.registry.system.data.Like;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints, their history, evidence, contact views and wrong-code attempts, with JdbcClient. */
@Repository
public class ComplaintRepository {

    private static final String COLUMNS = """
            id, tracking_number, access_code_hash, category, app_name, identifier, filing_number, unfiled_app,
            description, contact_name_enc, contact_phone_enc, contact_email_enc, agency, agency_organisation_id,
            status, outcome, feedback, internal_note, rectification_id, received_at, due_at, resolved_at,
            resolved_by, version""";

    /** A row of {@link #COLUMNS}. */
    @SuppressWarnings("ParameterNumber")
    record Row(String id, String trackingNumber, String accessCodeHash, ComplaintCategory category, String appName,
               @Nullable String identifier, @Nullable String filingNumber, boolean unfiledApp, String description,
               @Nullable String contactNameEnc, @Nullable String contactPhoneEnc, @Nullable String contactEmailEnc,
               Agency agency, @Nullable String agencyOrganisationId, ComplaintStatus status,
               @Nullable ComplaintOutcome outcome, @Nullable String feedback, @Nullable String internalNote,
               @Nullable String rectificationId, Instant receivedAt, Instant dueAt, @Nullable Instant resolvedAt,
               @Nullable String resolvedBy, int version) {

        Complaint complaint() {
            return new Complaint(id, trackingNumber, accessCodeHash, category, appName, identifier, filingNumber,
                    unfiledApp, description, contactNameEnc, contactPhoneEnc, contactEmailEnc, agency,
                    agencyOrganisationId, status, outcome, feedback, internalNote, rectificationId, receivedAt, dueAt,
                    resolvedAt, resolvedBy, version);
        }
    }

    /** A row of an agency's queue; overdue is decided against the caller's clock. */
    record SummaryRow(String id, String trackingNumber, ComplaintCategory category, String appName,
                      ComplaintStatus status, Agency agency, Instant receivedAt, Instant dueAt, boolean unfiledApp) {

        ComplaintSummary at(Instant now) {
            return new ComplaintSummary(id, trackingNumber, category, appName, status, agency, receivedAt, dueAt,
                    unfiledApp, status == ComplaintStatus.RECEIVED && now.isAfter(dueAt));
        }
    }

    record At(Instant at) {
    }

    record Totals(long total, long open, long openOverdue, long resolved, long onTime) {
    }

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Complaint c) {
        jdbc.sql("insert into complaint (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.fromString(c.id()), c.trackingNumber(), c.accessCodeHash(), c.category().name(),
                        c.appName(), c.identifier(), c.filingNumber(), c.unfiledApp(), c.description(),
                        c.contactNameEnc(), c.contactPhoneEnc(), c.contactEmailEnc(), c.agency().name(),
                        uuid(c.agencyOrganisationId()), c.status().name(), c.outcome() == null ? null : c.outcome().name(),
                        c.feedback(), c.internalNote(), c.rectificationId(), ts(c.receivedAt()), ts(c.dueAt()),
                        ts(c.resolvedAt()), c.resolvedBy(), c.version())
                .update();
    }

    /** Saves the changeable fields; a concurrent change by someone else is a conflict (409). */
    public void update(Complaint c) {
        int n = jdbc.sql("""
                update complaint set agency = ?, agency_organisation_id = ?, status = ?, outcome = ?, feedback = ?,
                       internal_note = ?, rectification_id = ?, resolved_at = ?, resolved_by = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(c.agency().name(), uuid(c.agencyOrganisationId()), c.status().name(),
                        c.outcome() == null ? null : c.outcome().name(), c.feedback(), c.internalNote(),
                        c.rectificationId(), ts(c.resolvedAt()), c.resolvedBy(), UUID.fromString(c.id()), c.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("complaint " + c.id() + " changed concurrently");
        }
        c.saved();
    }

    public Optional<Complaint> find(String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from complaint where id = ?").param(uuid).query(Rows.of(Row.class)).optional()
                .map(Row::complaint);
    }

    public Optional<Complaint> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql("select " + COLUMNS + " from complaint where tracking_number = ?").param(trackingNumber)
                .query(Rows.of(Row.class)).optional().map(Row::complaint);
    }

    public boolean trackingNumberTaken(String trackingNumber) {
        return jdbc.sql("select count(*) from complaint where tracking_number = ?").param(trackingNumber)
                .query(Long.class).single() > 0;
    }

    public void addHistory(String complaintId, Instant at, String actor, String action, @Nullable Agency from,
                           @Nullable Agency to, @Nullable String comment) {
        jdbc.sql("insert into complaint_history (complaint_id, at, actor, action, from_agency, to_agency, comment) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.fromString(complaintId), ts(at), actor, action, from == null ? null : from.name(),
                        to == null ? null : to.name(), comment)
                .update();
    }

    public List<ComplaintDetail.HistoryEntry> history(String complaintId) {
        return jdbc.sql("select at, actor, action, from_agency, to_agency, comment from complaint_history where complaint_id = ? order by id")
                .param(UUID.fromString(complaintId))
                .query(Rows.of(ComplaintDetail.HistoryEntry.class)).list();
    }

    public void addEvidence(String complaintId, int position, String fileName, String contentType, byte[] content,
                            String sha256, Instant at) {
        jdbc.sql("insert into complaint_evidence (id, complaint_id, position, file_name, content_type, size, sha256, content, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), UUID.fromString(complaintId), position, fileName, contentType, (long) content.length,
                        sha256, content, ts(at))
                .update();
    }

    public List<ComplaintDetail.EvidenceInfo> evidence(String complaintId) {
        return jdbc.sql("select id, file_name, content_type, size from complaint_evidence where complaint_id = ? order by position")
                .param(UUID.fromString(complaintId))
                .query(Rows.of(ComplaintDetail.EvidenceInfo.class)).list();
    }

    public Optional<EvidenceDownload> evidenceFile(String complaintId, String evidenceId) {
        UUID eid = parse(evidenceId);
        if (eid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, file_name, content_type, size, content from complaint_evidence where complaint_id = ? and id = ?")
                .params(UUID.fromString(complaintId), eid)
                .query(Rows.of(EvidenceDownload.class)).optional();
    }

    public void recordContactView(String complaintId, String viewer, String organisationId, String channel, Instant at) {
        jdbc.sql("insert into complaint_contact_view (complaint_id, viewer, organisation_id, channel, at) values (?, ?, ?, ?, ?)")
                .params(UUID.fromString(complaintId), viewer, organisationId, channel, ts(at))
                .update();
    }

    // --- wrong access codes ---

    public void recordFailure(String trackingNumber, Instant at, Instant forgetBefore) {
        jdbc.sql("delete from complaint_access_failure where at < ?").param(ts(forgetBefore)).update();
        jdbc.sql("insert into complaint_access_failure (tracking_number, at) values (?, ?)")
                .params(trackingNumber, ts(at)).update();
    }

    /** The failures since {@code since}, oldest first. */
    public List<Instant> failuresSince(String trackingNumber, Instant since) {
        return jdbc.sql("select at from complaint_access_failure where tracking_number = ? and at >= ? order by at")
                .params(trackingNumber, ts(since))
                .query(Rows.of(At.class)).list().stream().map(At::at).toList();
    }

    // --- lists and figures ---

    public PageResult<ComplaintSummary> list(Agency agency, @Nullable String organisationId, ComplaintFilter f,
                                             Instant now, PageQuery page) {
        StringBuilder where = new StringBuilder(" where agency = ?");
        List<Object> params = new ArrayList<>();
        params.add(agency.name());
        if (organisationId != null) {
            where.append(" and (agency_organisation_id is null or agency_organisation_id = ?)");
            params.add(UUID.fromString(organisationId));
        }
        if (f.status() != null) {
            where.append(" and status = ?");
            params.add(f.status().name());
        }
        if (f.category() != null) {
            where.append(" and category = ?");
            params.add(f.category().name());
        }
        if (f.overdue()) {
            where.append(" and status = 'RECEIVED' and due_at < ?");
            params.add(ts(now));
        }
        if (f.dueWithinDays() != null) {
            where.append(" and status = 'RECEIVED' and due_at >= ? and due_at <= ?");
            params.add(ts(now));
            params.add(ts(now.plus(java.time.Duration.ofDays(f.dueWithinDays()))));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().strip();
            where.append(" and (tracking_number = ? or app_name ilike ? escape '\\')");
            params.add(q.toUpperCase(java.util.Locale.ROOT));
            params.add(Like.containing(q));
        }
        long total = jdbc.sql("select count(*) from complaint" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<ComplaintSummary> items = jdbc.sql("""
                select id, tracking_number, category, app_name, status, agency, received_at, due_at, unfiled_app
                  from complaint""" + where + " order by received_at desc, id limit ? offset ?")
                .params(pageParams)
                .query(Rows.of(SummaryRow.class)).list().stream().map(r -> r.at(now)).toList();
        return PageResult.of(items, page, total);
    }

    public ComplaintFigures figures(Instant now) {
        var totals = jdbc.sql("""
                select count(*) as total,
                       count(*) filter (where status = 'RECEIVED') as open,
                       count(*) filter (where status = 'RECEIVED' and due_at < ?) as open_overdue,
                       count(*) filter (where status = 'RESOLVED') as resolved,
                       count(*) filter (where status = 'RESOLVED' and resolved_at <= due_at) as on_time
                  from complaint""").param(ts(now))
                .query(Rows.of(Totals.class)).single();
        List<ComplaintFigures.CategoryCount> byCategory = jdbc.sql(
                        "select category, count(*) as count from complaint group by category order by 2 desc, category")
                .query(Rows.of(ComplaintFigures.CategoryCount.class)).list();
        List<ComplaintFigures.AgencyCount> byAgency = jdbc.sql(
                        "select agency, count(*) as count from complaint group by agency order by 2 desc, agency")
                .query(Rows.of(ComplaintFigures.AgencyCount.class)).list();
        List<ComplaintFigures.MonthCount> byMonth = jdbc.sql("""
                select to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*) as count,
                       count(*) filter (where status = 'RESOLVED') as resolved,
                       count(*) filter (where status = 'RESOLVED' and resolved_at <= due_at) as resolved_on_time
                  from complaint group by 1 order by 1 desc""")
                .query(Rows.of(ComplaintFigures.MonthCount.class)).list();
        Double share = totals.resolved() == 0 ? null : (double) totals.onTime() / totals.resolved();
        return new ComplaintFigures(totals.total(), totals.open(), totals.openOverdue(), totals.resolved(),
                totals.onTime(), share, byCategory, byAgency, byMonth);
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static @Nullable UUID uuid(@Nullable String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
