package cn.eduapp.registry.distribution.internal.persistence;

import cn.eduapp.registry.distribution.DistributionManagement.Alert;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The releases app stores reported ({@code dist_release}), each with the verification answer it got then,
 * and the alerts for the CAC that a release of an app not REGISTERED raised ({@code dist_alert}).
 */
@Repository
public class StoreReleases {

    public record Release(String platform, String identifier, String version, Instant releasedAt, Instant reportedAt,
                          String status, @Nullable String filingNumber) {
    }

    /** A reported release as written; {@code appName} goes to its alert only. */
    public record Reported(UUID id, CurrentUser store, String platform, String identifier, String version,
                           Instant releasedAt, Instant reportedAt, String status, @Nullable String filingNumber,
                           @Nullable String appName) {
    }

    private final JdbcClient jdbc;

    StoreReleases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The releases one app store reported, newest first. */
    public PageResult<Release> of(CurrentUser store, PageQuery page) {
        long total = jdbc.sql("select count(*) from dist_release where organisation_id = ?")
                .param(store.organisationId()).query(Long.class).single();
        var items = jdbc.sql("""
                        select platform, identifier, version, released_at, reported_at, status, filing_number
                          from dist_release where organisation_id = ? order by reported_at desc, id limit ? offset ?""")
                .params(store.organisationId(), page.size(), page.offset()).query(Rows.of(Release.class)).list();
        return PageResult.of(items, page, total);
    }

    public void insert(Reported r) {
        jdbc.sql("""
                insert into dist_release (id, organisation_id, app_store_name, reported_by, platform, identifier, version,
                                          released_at, reported_at, status, filing_number)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.store().organisationId(), r.store().organisationName(), r.store().username(), r.platform(),
                        r.identifier(), r.version(), Timestamp.from(r.releasedAt()), Timestamp.from(r.reportedAt()),
                        r.status(), r.filingNumber())
                .update();
    }

    public void insertAlert(UUID alertId, Reported r) {
        jdbc.sql("""
                insert into dist_alert (id, release_id, app_store_name, platform, identifier, version, released_at,
                                        status, filing_number, app_name, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(alertId, r.id(), r.store().organisationName(), r.platform(), r.identifier(), r.version(),
                        Timestamp.from(r.releasedAt()), r.status(), r.filingNumber(), r.appName(),
                        Timestamp.from(r.reportedAt()))
                .update();
    }

    /** Every alert, newest first. */
    public PageResult<Alert> alerts(PageQuery page) {
        long total = jdbc.sql("select count(*) from dist_alert").query(Long.class).single();
        List<Alert> items = jdbc.sql("""
                        select id, raised_at, app_store_name as app_store, platform, identifier, version, released_at, status,
                               filing_number, app_name
                          from dist_alert order by raised_at desc, id limit ? offset ?""")
                .params(page.size(), page.offset())
                .query(Rows.of(Alert.class))
                .list();
        return PageResult.of(items, page, total);
    }
}
