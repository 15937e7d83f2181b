package cn.eduapp.registry.usage.internal.persistence;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.data.Like;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.usage.InstitutionKind;
import cn.eduapp.registry.usage.InstitutionView;
import cn.eduapp.registry.usage.internal.Ids;
import cn.eduapp.registry.usage.internal.Scope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InstitutionRepository {

    private static final String SELECT = """
            select i.organisation_id as id, i.name, i.kind, i.parent_id, i.district_id, d.name as district_name,
                   coalesce(i.district_code, d.district_code) as district_code, i.created_at
              from institution i left join institution d on d.organisation_id = i.district_id
            """;

    private final JdbcClient jdbc;

    InstitutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InstitutionView> find(String id) {
        UUID uuid = Ids.parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where i.organisation_id = ?").param(uuid).query(Rows.of(InstitutionView.class)).optional();
    }

    /** Inserts unless the organisation has a row already (concurrent adoption, demo seeding on every start). */
    public void insertIfAbsent(String id, String name, InstitutionKind kind, @Nullable String parentId,
                               @Nullable String districtId, @Nullable String districtCode, Instant at, String by) {
        jdbc.sql("""
                insert into institution (organisation_id, kind, name, parent_id, district_id, district_code, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id) do nothing""")
                .params(UUID.fromString(id), kind.name(), name, Ids.uuid(parentId), Ids.uuid(districtId), districtCode,
                        Timestamp.from(at), by)
                .update();
    }

    public void setDistrictCodeIfMissing(String id, String code) {
        jdbc.sql("update institution set district_code = ? where organisation_id = ? and district_code is null")
                .params(code, UUID.fromString(id)).update();
    }

    public boolean nameTaken(@Nullable String parentId, String name) {
        return jdbc.sql("select count(*) from institution where parent_id is not distinct from ? and lower(name) = lower(?)")
                .params(Ids.uuid(parentId), name).query(Long.class).single() > 0;
    }

    public PageResult<InstitutionView> list(Scope scope, @Nullable InstitutionKind kind, @Nullable String q, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        switch (scope.type()) {
            case ALL -> { }
            case DISTRICT -> {
                where.append(" and (i.organisation_id = ? or i.district_id = ?)");
                params.add(UUID.fromString(scope.organisationId()));
                params.add(UUID.fromString(scope.organisationId()));
            }
            case OWN -> {
                where.append(" and i.organisation_id = ?");
                params.add(UUID.fromString(scope.organisationId()));
            }
        }
        if (kind != null) {
            where.append(" and i.kind = ?");
            params.add(kind.name());
        }
        if (q != null && !q.isBlank()) {
            where.append(" and i.name ilike ? escape '\\'");
            params.add(Like.containing(q));
        }
        long total = jdbc.sql("select count(*) from institution i" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<InstitutionView> items = jdbc.sql(SELECT + where
                        + " order by case i.kind when 'DISTRICT' then 0 when 'DIRECT_UNIT' then 1 else 2 end,"
                        + " d.name nulls first, i.name limit ? offset ?")
                .params(pageParams).query(Rows.of(InstitutionView.class)).list();
        return PageResult.of(items, page, total);
    }

    public List<InstitutionView> schoolsOf(String districtId) {
        return jdbc.sql(SELECT + " where i.district_id = ? and i.organisation_id <> ? order by i.name")
                .params(UUID.fromString(districtId), UUID.fromString(districtId)).query(Rows.of(InstitutionView.class)).list();
    }

    public record AccountRow(String accountId, String username, Role role, Instant createdAt, String createdBy) {
    }

    public void insertAccount(String accountId, String organisationId, String username, Role role, Instant at, String by) {
        jdbc.sql("""
                insert into institution_account (account_id, organisation_id, username, role, created_at, created_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(accountId), UUID.fromString(organisationId), username, role.name(),
                        Timestamp.from(at), by)
                .update();
    }

    public List<AccountRow> accounts(String organisationId) {
        return jdbc.sql("""
                select account_id, username, role, created_at, created_by from institution_account
                 where organisation_id = ? order by username""")
                .param(UUID.fromString(organisationId))
                .query(Rows.of(AccountRow.class)).list();
    }
}
