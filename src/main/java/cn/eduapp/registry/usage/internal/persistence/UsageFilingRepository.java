package cn.eduapp.registry.usage.internal.persistence;

import cn.eduapp.registry.system.data.Like;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.usage.AppInUse;
import cn.eduapp.registry.usage.DistrictUsage;
import cn.eduapp.registry.usage.InstitutionUsingApp;
import cn.eduapp.registry.usage.UsageFilingView;
import cn.eduapp.registry.usage.UsageStatus;
import cn.eduapp.registry.usage.internal.Ids;
import cn.eduapp.registry.usage.internal.Scope;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Use filings: writes with optimistic locking, and the lists and counts districts and agencies read. */
@Repository
public class UsageFilingRepository {

    /** The columns of a {@link UsageFilingView}, and the version. */
    private static final String COLUMNS = """
            id, institution_id, institution_name, district_id, filing_number, app_name, provider_name, purpose,
            unified_selection, charges_students, selection_approved_by, selection_date, status, action_kind,
            action_reason, action_required_at, filed_at, filed_by, ended_at, end_reason, version, app_charges_fees,
            unified_selection and app_charges_fees as fee_warning, filed_in_province as filed_in""";

    record Version(int version) {
    }

    record Count(String institutionId, long n) {
    }

    private final JdbcClient jdbc;

    UsageFilingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewUsage(String id, String institutionId, String institutionName, @Nullable String districtId,
                           @Nullable String filingId, String filingNumber, String appName, @Nullable String providerId,
                           String providerName,
                           String purpose, boolean unifiedSelection, boolean chargesStudents, String selectionApprovedBy,
                           LocalDate selectionDate, Instant filedAt, String filedBy, boolean appChargesFees,
                           @Nullable String filedInProvince) {
    }

    public record Versioned(UsageFilingView view, int version) {
    }

    /** A live use filing touched by an app's trouble: who to tell, about which app. */
    public record LiveUse(String id, String institutionId, String filingNumber, String appName) {
    }

    public void insert(NewUsage u) {
        jdbc.sql("""
                insert into usage_filing (id, institution_id, institution_name, district_id, filing_id, filing_number,
                       app_name, provider_id, provider_name, purpose, unified_selection, charges_students,
                       selection_approved_by, selection_date, status, filed_at, filed_by, app_charges_fees, filed_in_province)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)""")
                .params(UUID.fromString(u.id()), UUID.fromString(u.institutionId()), u.institutionName(),
                        Ids.uuid(u.districtId()), Ids.uuid(u.filingId()), u.filingNumber(), u.appName(),
                        Ids.uuid(u.providerId()), u.providerName(), u.purpose(), u.unifiedSelection(),
                        u.chargesStudents(), u.selectionApprovedBy(), u.selectionDate(), Timestamp.from(u.filedAt()),
                        u.filedBy(), u.appChargesFees(), u.filedInProvince())
                .update();
    }

    /** A live use filing of this institution for the filing, or (no filing: filed in another province) for the number. */
    public boolean liveExists(String institutionId, @Nullable String filingId, String filingNumber) {
        return jdbc.sql("""
                select count(*) from usage_filing where institution_id = ? and status <> 'ENDED'
                   and (filing_id = ? or (filing_id is null and filing_number = ?))""")
                .params(UUID.fromString(institutionId), Ids.uuid(filingId), filingNumber).query(Long.class).single() > 0;
    }

    public Optional<Versioned> find(String id) {
        UUID uuid = Ids.parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from usage_filing where id = ?").param(uuid)
                .query((rs, i) -> new Versioned(Rows.of(UsageFilingView.class).mapRow(rs, i),
                        Rows.of(Version.class).mapRow(rs, i).version()))
                .optional();
    }

    public void end(String id, int version, Instant at, String by, @Nullable String reason) {
        int rows = jdbc.sql("""
                update usage_filing set status = 'ENDED', ended_at = ?, ended_by = ?, end_reason = ?, version = version + 1
                 where id = ? and version = ? and status <> 'ENDED'""")
                .params(Timestamp.from(at), by, reason, UUID.fromString(id), version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("usage filing " + id + " changed concurrently");
        }
    }

    public PageResult<UsageFilingView> list(Scope scope, @Nullable UsageStatus status, @Nullable String q,
                                            @Nullable String institutionId, @Nullable String filingNumber, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        switch (scope.type()) {
            case ALL -> { }
            case DISTRICT -> {
                where.append(" and (institution_id = ? or district_id = ?)");
                params.add(UUID.fromString(scope.organisationId()));
                params.add(UUID.fromString(scope.organisationId()));
            }
            case OWN -> {
                where.append(" and institution_id = ?");
                params.add(UUID.fromString(scope.organisationId()));
            }
        }
        if (status != null) {
            where.append(" and status = ?");
            params.add(status.name());
        }
        if (institutionId != null) {
            UUID inst = Ids.parse(institutionId);
            if (inst == null) {
                return PageResult.of(List.of(), page, 0);
            }
            where.append(" and institution_id = ?");
            params.add(inst);
        }
        if (filingNumber != null && !filingNumber.isBlank()) {
            where.append(" and filing_number = ?");
            params.add(filingNumber.trim());
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (app_name ilike ? escape '\\' or institution_name ilike ? escape '\\' or filing_number = ?)");
            params.add(Like.containing(q));
            params.add(Like.containing(q));
            params.add(q.trim());
        }
        long total = jdbc.sql("select count(*) from usage_filing" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<UsageFilingView> items = jdbc.sql("select " + COLUMNS + " from usage_filing" + where
                        + " order by filed_at desc, id limit ? offset ?")
                .params(pageParams).query(Rows.of(UsageFilingView.class)).list();
        return PageResult.of(items, page, total);
    }

    public List<LiveUse> liveByFiling(String filingId) {
        return jdbc.sql("""
                select id, institution_id, filing_number, app_name from usage_filing
                 where filing_id = ? and status <> 'ENDED' order by institution_id, filing_number""")
                .param(UUID.fromString(filingId)).query(Rows.of(LiveUse.class)).list();
    }

    public List<LiveUse> liveByProvider(String providerId) {
        return jdbc.sql("""
                select id, institution_id, filing_number, app_name from usage_filing
                 where provider_id = ? and status <> 'ENDED' order by institution_id, filing_number""")
                .param(UUID.fromString(providerId)).query(Rows.of(LiveUse.class)).list();
    }

    /** Marks a live use filing as needing action; true when it changed (the same cause again changes nothing). */
    public boolean markActionRequired(String id, String kind, String reason, Instant at) {
        return jdbc.sql("""
                update usage_filing set status = 'ACTION_REQUIRED', action_kind = ?, action_reason = ?,
                       action_required_at = ?, version = version + 1
                 where id = ? and status <> 'ENDED'
                   and (action_kind is distinct from ? or action_required_at is distinct from ?)""")
                .params(kind, reason, Timestamp.from(at), UUID.fromString(id), kind, Timestamp.from(at)).update() == 1;
    }

    /** After an accepted rectification the app is registered again: use filings flagged for it alone are live. */
    public int clearRectification(String filingId) {
        return jdbc.sql("""
                update usage_filing set status = 'ACTIVE', action_kind = null, action_reason = null,
                       action_required_at = null, version = version + 1
                 where filing_id = ? and status = 'ACTION_REQUIRED' and action_kind = 'RECTIFICATION_ORDERED'""")
                .param(UUID.fromString(filingId)).update();
    }

    // --- exposure ---

    public List<InstitutionUsingApp> institutionsUsing(String filingNumber) {
        return jdbc.sql("""
                select u.institution_id, min(u.institution_name) as name, min(d.name) as district, min(u.filed_at) as since
                  from usage_filing u left join institution d on d.organisation_id = u.district_id
                 where u.filing_number = ? and u.status <> 'ENDED'
                 group by u.institution_id order by since, name""")
                .param(filingNumber)
                .query(Rows.of(InstitutionUsingApp.class)).list();
    }

    public Optional<String> appName(String filingNumber) {
        return jdbc.sql("select app_name from usage_filing where filing_number = ? order by filed_at desc limit 1")
                .param(filingNumber).query(String.class).optional();
    }

    /** The apps a district's institutions (itself included) use, most used first. */
    public List<AppInUse> appsUsedInDistrict(String districtId) {
        return jdbc.sql("""
                select filing_number, min(app_name) as app_name, min(provider_name) as provider_name,
                       count(distinct institution_id) as institutions,
                       count(*) filter (where unified_selection) as unified_selections,
                       count(*) filter (where status = 'ACTION_REQUIRED') as action_required,
                       count(*) filter (where unified_selection and app_charges_fees) as unified_with_fees
                  from usage_filing where district_id = ? and status <> 'ENDED'
                 group by filing_number order by institutions desc, filing_number""")
                .param(UUID.fromString(districtId))
                .query(Rows.of(AppInUse.class)).list();
    }

    /** Every district with its schools and live use filings: the city's overview. */
    public List<DistrictUsage> districts() {
        return jdbc.sql("""
                with live as (
                    select district_id, count(*) as live, count(*) filter (where status = 'ACTION_REQUIRED') as action_required
                      from usage_filing where status <> 'ENDED' group by district_id),
                     apps as (
                    select district_id, count(*) as apps
                      from (select distinct district_id, filing_number from usage_filing where status <> 'ENDED') x
                     group by district_id),
                     schools as (
                    select district_id, count(*) as schools from institution
                     where organisation_id <> district_id group by district_id)
                select d.organisation_id as district_id, d.name, d.district_code, coalesce(s.schools, 0) as schools,
                       coalesce(l.live, 0) as live_filings, coalesce(a.apps, 0) as apps,
                       coalesce(l.action_required, 0) as action_required
                  from institution d
                  left join schools s on s.district_id = d.organisation_id
                  left join live l on l.district_id = d.organisation_id
                  left join apps a on a.district_id = d.organisation_id
                 where d.kind = 'DISTRICT' order by d.district_code nulls last, d.name""")
                .query(Rows.of(DistrictUsage.class)).list();
    }

    /** Live use filings per institution of a district: the district's view of its schools. */
    public java.util.Map<String, Long> liveCountsByInstitution(String districtId) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select institution_id, count(*) as n from usage_filing where district_id = ? and status <> 'ENDED'
                 group by institution_id""")
                .param(UUID.fromString(districtId))
                .query(Rows.of(Count.class)).list().forEach(c -> counts.put(c.institutionId(), c.n()));
        return counts;
    }
}
