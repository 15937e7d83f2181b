package cn.eduapp.registry.identity.internal.persistence;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.data.Like;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import cn.eduapp.registry.system.data.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies (V94: one role each) and their staff's accounts. */
@Repository
public class AgencyRepository {

    public record Agency(String organisationId, String name, Role role) {
    }

    public record AgencyAccount(String id, String username, Role role, String agencyName, boolean enabled, boolean secondFactor,
                         Instant createdAt) {
    }

    private static final String ACCOUNTS = """
            select a.id::text as id, a.username, g.role, o.name as agency_name, a.enabled, a.created_at,
                   exists (select 1 from account_second_factor f where f.account_id = a.id and f.secret is not null)
                       as second_factor
              from account a join agency g on g.organisation_id = a.organisation_id
              join organisation o on o.id = a.organisation_id""";

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> agencies() {
        return jdbc.sql("""
                select g.organisation_id, o.name, g.role from agency g join organisation o on o.id = g.organisation_id
                 order by array_position(array['CITY_REVIEWER','MOE_REVIEWER','CA_OFFICER','CAC_OFFICER'], g.role)""")
                .query(Rows.of(Agency.class)).list();
    }

    public Optional<Agency> agencyOf(Role role) {
        return agencies().stream().filter(a -> a.role() == role).findFirst();
    }

    public Optional<AgencyAccount> account(String id) {
        UUID uuid = Uuids.parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql(ACCOUNTS + " where a.id = ?").param(uuid).query(Rows.of(AgencyAccount.class)).optional();
    }

    /** Agency accounts, newest first; {@code q} a part of the username. */
    public PageResult<AgencyAccount> accounts(@Nullable String q, @Nullable Role role, PageQuery page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q != null) {
            where.add("a.username ilike ? escape '\\'");
            params.add(Like.containing(q));
        }
        if (role != null) {
            where.add("g.role = ?");
            params.add(role.name());
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from (" + ACCOUNTS + filter + ") t").params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<AgencyAccount> items = jdbc.sql(ACCOUNTS + filter + " order by a.created_at desc, a.username limit ? offset ?")
                .params(pageParams).query(Rows.of(AgencyAccount.class)).list();
        return PageResult.of(items, page, total);
    }
}
