package cn.eduapp.registry.distribution.internal;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.PageQuery;
import cn.eduapp.registry.system.PageResult;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The releases one app store reported, newest first, each with the verification answer it got then. */
@Component
public class StoreReleases {

    public record Release(String platform, String identifier, String version, Instant releasedAt, Instant reportedAt,
                          String status, @Nullable String filingNumber) {
    }

    private static final DataClassRowMapper<Release> ROWS = new DataClassRowMapper<>(Release.class);
    private final JdbcClient jdbc;

    StoreReleases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Release> of(CurrentUser store, PageQuery page) {
        long total = jdbc.sql("select count(*) from dist_release where organisation_id = ?")
                .param(store.organisationId()).query(Long.class).single();
        var items = jdbc.sql("""
                        select platform, identifier, version, released_at, reported_at, status, filing_number
                          from dist_release where organisation_id = ? order by reported_at desc, id limit ? offset ?""")
                .params(store.organisationId(), page.size(), page.offset()).query(ROWS).list();
        return PageResult.of(items, page, total);
    }
}
