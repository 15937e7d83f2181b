package cn.eduapp.registry.filing.internal.persistence;

import cn.eduapp.registry.rules.PackageFacts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Filing's copy of what the latest inspection of each filing's package found (the pre-check reads it). */
@Repository
public class PackageFactsRepository {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    PackageFactsRepository(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** The latest inspection replaces the one before it. */
    public void save(String filingId, PackageFacts facts, Instant inspectedAt) {
        jdbc.sql("""
                insert into filing_package_facts (filing_id, facts, inspected_at) values (?, ?::jsonb, ?)
                on conflict (filing_id) do update set facts = excluded.facts, inspected_at = excluded.inspected_at""")
                .params(UUID.fromString(filingId), mapper.writeValueAsString(facts), Timestamp.from(inspectedAt))
                .update();
    }

    public Optional<PackageFacts> latest(String filingId) {
        UUID id = FilingRepository.parse(filingId);
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select facts from filing_package_facts where filing_id = ?").param(id).query(String.class)
                .optional().map(json -> mapper.readValue(json, PackageFacts.class));
    }
}
