package cn.eduapp.registry.identity.internal.persistence;

import cn.eduapp.registry.identity.Organisation;
import cn.eduapp.registry.identity.OrganisationKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import cn.eduapp.registry.system.data.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    OrganisationRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insert(Organisation org) {
        jdbc.sql("insert into organisation (id, kind, name, parent_id) values (?, ?, ?, ?)")
                .params(UUID.fromString(org.id()), org.kind().name(), org.name(),
                        org.parentId() == null ? null : UUID.fromString(org.parentId()))
                .update();
    }

    /** Inserts the organisations in one batch. */
    public void insertAll(List<Organisation> orgs) {
        batch.batchUpdate("insert into organisation (id, kind, name, parent_id) values (?, ?, ?, ?)",
                orgs.stream().map(org -> new Object[] {UUID.fromString(org.id()), org.kind().name(), org.name(),
                        org.parentId() == null ? null : UUID.fromString(org.parentId())}).toList());
    }

    /** Issue 21: an approved provider name change renames its organisation too. */
    public void rename(String id, String name) {
        jdbc.sql("update organisation set name = ? where id = ?").params(name, UUID.fromString(id)).update();
    }

    public Optional<Organisation> find(String id) {
        UUID uuid = Uuids.parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, kind, name, parent_id from organisation where id = ?").param(uuid)
                .query(Rows.of(Organisation.class)).optional();
    }

    public Optional<Organisation> findByName(OrganisationKind kind, String name) {
        return jdbc.sql("select id, kind, name, parent_id from organisation where kind = ? and name = ?")
                .params(kind.name(), name).query(Rows.of(Organisation.class)).optional();
    }

    public List<Organisation> children(String parentId) {
        UUID uuid = Uuids.parse(parentId);
        if (uuid == null) {
            return List.of();
        }
        return jdbc.sql("select id, kind, name, parent_id from organisation where parent_id = ? order by name")
                .param(uuid).query(Rows.of(Organisation.class)).list();
    }

    public List<Organisation> ofKind(OrganisationKind kind) {
        return jdbc.sql("select id, kind, name, parent_id from organisation where kind = ? order by name, id")
                .param(kind.name()).query(Rows.of(Organisation.class)).list();
    }

    /** The agency organisation whose accounts hold {@code role} (the oldest, should there be several). */
    public Optional<Organisation> agencyOfRole(String role) {
        return jdbc.sql("""
                select o.id, o.kind, o.name, o.parent_id from organisation o
                 where o.kind = 'AGENCY' and exists (select 1 from account a where a.organisation_id = o.id and ? = any (a.roles))
                 order by o.created_at, o.id limit 1""")
                .param(role).query(Rows.of(Organisation.class)).optional();
    }

    /** The name of the organisation whose account signs in as {@code username} (how pages name an actor). */
    public Optional<String> nameOfAccount(String username) {
        return jdbc.sql("""
                select o.name from account a join organisation o on o.id = a.organisation_id where a.username = ?""")
                .param(username).query(String.class).optional();
    }
}
