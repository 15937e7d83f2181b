package cn.eduapp.registry.rules.internal.persistence;

import cn.eduapp.registry.rules.internal.RuleSet;
import cn.eduapp.registry.rules.internal.RuleSetDefinition;
import cn.eduapp.registry.rules.internal.StoredRuleSet;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The stored rule-set versions (V10). Rows are only ever inserted: a version, once stored, never changes. */
@Repository
public class RuleSetStore {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    RuleSetStore(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Every version, in the order the catalog resolves them: by effective date, then by publication. */
    public List<StoredRuleSet> all() {
        return jdbc.sql("""
                select version, definition::text as definition, source, published_by, published_at, seq
                from rule_set_version order by effective_from, seq""")
                .query(Rows.of(Row.class))
                .list().stream()
                .map(r -> new StoredRuleSet(RuleSet.of(mapper.readValue(r.definition(), RuleSetDefinition.class)),
                        r.source(), r.publishedBy(), r.publishedAt(), r.seq()))
                .toList();
    }

    /** A stored version, its definition still JSON. */
    private record Row(String definition, String source, String publishedBy, Instant publishedAt, long seq) {
    }

    /** Versions are never deleted, so the count tells whether another instance stored one. */
    public long count() {
        return jdbc.sql("select count(*) from rule_set_version").query(Long.class).single();
    }

    public boolean exists(String version) {
        return jdbc.sql("select count(*) from rule_set_version where version = ?").param(version)
                .query(Long.class).single() > 0;
    }

    /** Stores a version unless one of that name exists (two instances may try at once); true when stored. */
    public boolean insert(RuleSetDefinition def, String source, String publishedBy, Instant at) {
        return jdbc.sql("""
                insert into rule_set_version (version, effective_from, title, definition, source, published_by, published_at)
                values (?, ?, ?, ?::jsonb, ?, ?, ?) on conflict (version) do nothing""")
                .params(def.version(), def.effectiveFrom(), def.title(), mapper.writeValueAsString(def), source,
                        publishedBy, Timestamp.from(at))
                .update() == 1;
    }
}
