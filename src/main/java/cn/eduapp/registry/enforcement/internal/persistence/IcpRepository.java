package cn.eduapp.registry.enforcement.internal.persistence;

import static cn.eduapp.registry.enforcement.internal.persistence.Ids.orNone;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.ts;

import cn.eduapp.registry.enforcement.IcpOrderView;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The CA's ICP orders (四(二)); recorded once, never changed. */
@Repository
public class IcpRepository {

    private final JdbcClient jdbc;

    IcpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(IcpOrderView o) {
        jdbc.sql("""
                insert into icp_order (id, filing_id, filing_number, app_name, provider_name, kind, reason, deadline,
                                       issued_at, issued_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(o.id()), UUID.fromString(o.filingId()), o.filingNumber(), o.appName(),
                        o.providerName(), o.kind(), o.reason(), ts(o.deadline()), ts(o.issuedAt()), o.issuedBy())
                .update();
    }

    public PageResult<IcpOrderView> list(@Nullable String filingId, PageQuery page) {
        String where = "";
        List<Object> params = new ArrayList<>();
        if (filingId != null && !filingId.isBlank()) {
            where = " where filing_id = ?";
            params.add(orNone(filingId));
        }
        long total = jdbc.sql("select count(*) from icp_order" + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<IcpOrderView> items = jdbc.sql("""
                select id, filing_id, filing_number, app_name, provider_name, kind, reason, deadline, issued_at, issued_by
                  from icp_order""" + where + " order by issued_at desc, id limit ? offset ?")
                .params(params).query(Rows.of(IcpOrderView.class)).list();
        return PageResult.of(items, page, total);
    }
}
