package cn.eduapp.registry.certificate.internal.persistence;

import cn.eduapp.registry.certificate.IssuedCertificate;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certificates as issued; never changed (a new one supersedes by being newer). */
@Repository
public class CertificateRepository {

    private static final String SELECT = "select id, filing_id, filing_number, sha256, issued_at, pdf from filing_certificate";

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IssuedCertificate> current(String filingId) {
        return jdbc.sql(SELECT + " where filing_id = ? order by issued_at desc, id limit 1").param(filingId)
                .query(Rows.of(IssuedCertificate.class)).optional();
    }

    public Optional<IssuedCertificate> currentByNumber(String filingNumber) {
        return jdbc.sql(SELECT + " where filing_number = ? order by issued_at desc, id limit 1").param(filingNumber)
                .query(Rows.of(IssuedCertificate.class)).optional();
    }

    /** Serialises issuing for one filing (two instances, or the listener and a request, at once). */
    public void lock(String filingId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("certificate:" + filingId).query((rs, i) -> 1).list();
    }

    public void insert(IssuedCertificate c, String ruleSetVersion) {
        jdbc.sql("""
                insert into filing_certificate (id, filing_id, filing_number, sha256, issued_at, rule_set_version, pdf)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(c.id()), c.filingId(), c.filingNumber(), c.sha256(), Timestamp.from(c.issuedAt()),
                        ruleSetVersion, c.pdf())
                .update();
    }
}
