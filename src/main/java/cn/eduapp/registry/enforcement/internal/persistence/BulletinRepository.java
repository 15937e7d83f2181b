package cn.eduapp.registry.enforcement.internal.persistence;

import static cn.eduapp.registry.enforcement.internal.persistence.Ids.parse;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.ts;

import cn.eduapp.registry.enforcement.RevocationBulletinView;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 撤销备案通报 to the CAC and the CA, and the 下架处置通知 the CAC made of each. */
@Repository
public class BulletinRepository {

    private static final String COLUMNS = """
            id, case_id, filing_id, filing_number, app_name, provider_name, reason, decision_number, issued_at,
            takedown_notice_id, converted_at""";

    private final JdbcClient jdbc;

    BulletinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RevocationBulletinView b, String issuedBy) {
        jdbc.sql("""
                insert into revocation_bulletin (id, case_id, filing_id, filing_number, app_name, provider_name, reason,
                                                 decision_number, issued_at, issued_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(b.id()), UUID.fromString(b.caseId()), UUID.fromString(b.filingId()),
                        b.filingNumber(), b.appName(), b.providerName(), b.reason(), b.decisionNumber(),
                        ts(b.issuedAt()), issuedBy)
                .update();
    }

    public Optional<RevocationBulletinView> find(String id) {
        UUID uuid = parse(id);
        return uuid == null ? Optional.empty()
                : jdbc.sql("select " + COLUMNS + " from revocation_bulletin where id = ?").param(uuid)
                        .query(Rows.of(RevocationBulletinView.class)).optional();
    }

    public PageResult<RevocationBulletinView> list(PageQuery page) {
        long total = jdbc.sql("select count(*) from revocation_bulletin").query(Long.class).single();
        List<RevocationBulletinView> items = jdbc.sql("select " + COLUMNS
                        + " from revocation_bulletin order by issued_at desc, id limit ? offset ?")
                .params(page.size(), page.offset()).query(Rows.of(RevocationBulletinView.class)).list();
        return PageResult.of(items, page, total);
    }

    /** Claims the bulletin for its one takedown notice; false if it was already converted. */
    public boolean converted(String id, String noticeId, String by, Instant at) {
        return jdbc.sql("""
                update revocation_bulletin set takedown_notice_id = ?, converted_at = ?, converted_by = ?
                 where id = ? and takedown_notice_id is null""")
                .params(UUID.fromString(noticeId), ts(at), by, UUID.fromString(id)).update() == 1;
    }
}
