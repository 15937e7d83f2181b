package cn.eduapp.registry.inspection.internal.persistence;

import cn.eduapp.registry.inspection.PackageReport;
import cn.eduapp.registry.inspection.PackageSummary;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reports are written once and never changed. */
@Repository
public class InspectionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    InspectionRepository(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public void insert(PackageReport r, String providerId, String storedAs, String uploadedBy) {
        jdbc.sql("""
                insert into package_inspection (id, filing_id, provider_id, file_name, sha256, size, stored_as,
                       package_name, report, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(UUID.fromString(r.id()), UUID.fromString(r.filingId()), UUID.fromString(providerId), r.fileName(),
                        r.sha256(), r.size(), storedAs, r.manifest().packageName(),
                        mapper.writeValueAsString(r.withFindings(List.of())), uploadedBy, Timestamp.from(r.uploadedAt()))
                .update();
    }

    public Optional<PackageReport> find(String filingId, String packageId) {
        UUID f = parse(filingId);
        UUID p = parse(packageId);
        if (f == null || p == null) {
            return Optional.empty();
        }
        return jdbc.sql("select report from package_inspection where filing_id = ? and id = ?").params(f, p)
                .query(String.class).optional().map(this::read);
    }

    public Optional<PackageReport> latest(String filingId) {
        UUID f = parse(filingId);
        if (f == null) {
            return Optional.empty();
        }
        return jdbc.sql("select report from package_inspection where filing_id = ? order by seq desc limit 1")
                .param(f).query(String.class).optional().map(this::read);
    }

    public List<PackageReport> all(String filingId, int limit) {
        UUID f = parse(filingId);
        if (f == null) {
            return List.of();
        }
        return jdbc.sql("select report from package_inspection where filing_id = ? order by seq desc limit ?")
                .params(f, limit).query(String.class).list().stream().map(this::read).toList();
    }

    public List<PackageSummary> page(String filingId, long offset, int limit) {
        return jdbc.sql("""
                select id, sha256, size, file_name, package_name, report->'manifest'->>'versionName' as version_name,
                       (report->'manifest'->>'versionCode')::bigint as version_code, uploaded_at
                  from package_inspection where filing_id = ? order by seq desc limit ? offset ?""")
                .params(UUID.fromString(filingId), limit, offset)
                .query(Rows.of(PackageSummary.class))
                .list();
    }

    public long count(String filingId) {
        return jdbc.sql("select count(*) from package_inspection where filing_id = ?").param(UUID.fromString(filingId))
                .query(Long.class).single();
    }

    private PackageReport read(String json) {
        return mapper.readValue(json, PackageReport.class);
    }

    private static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
