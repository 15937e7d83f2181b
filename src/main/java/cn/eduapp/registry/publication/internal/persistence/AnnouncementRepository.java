package cn.eduapp.registry.publication.internal.persistence;

import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Announcements as published; the table refuses updates and deletes (V143). */
@Repository
public class AnnouncementRepository {

    public record Announcement(String id, String serial, String title, LocalDate asOf, Instant publishedAt,
                               String approver, int whitelistCount, int blacklistCount, String pdfSha256) {
    }

    public record Files(byte[] whitelistCsv, byte[] blacklistCsv, byte[] pdf) {
    }

    private static final String SELECT = """
            select id, serial, title, as_of, published_at, approver, whitelist_count, blacklist_count, pdf_sha256
              from announcement""";

    private final JdbcClient jdbc;

    AnnouncementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of {@code year}, taken under a lock held until the publishing transaction ends. */
    public int nextSeq(int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('announcement-serial'))").query((rs, i) -> 1).list();
        return jdbc.sql("select coalesce(max(seq), 0) + 1 from announcement where year = ?").param(year)
                .query(Integer.class).single();
    }

    public void insert(Announcement a, int year, int seq, String publishedBy, Files files) {
        jdbc.sql("""
                insert into announcement (id, year, seq, serial, title, as_of, published_at, approver, published_by,
                    whitelist_count, blacklist_count, whitelist_csv, blacklist_csv, pdf, pdf_sha256)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(a.id()), year, seq, a.serial(), a.title(), Date.valueOf(a.asOf()),
                        Timestamp.from(a.publishedAt()), a.approver(), publishedBy, a.whitelistCount(), a.blacklistCount(),
                        files.whitelistCsv(), files.blacklistCsv(), files.pdf(), a.pdfSha256())
                .update();
    }

    public PageResult<Announcement> list(PageQuery page) {
        long total = jdbc.sql("select count(*) from announcement").query(Long.class).single();
        List<Announcement> items = jdbc.sql(SELECT + " order by published_at desc, seq desc limit ? offset ?")
                .params(page.size(), page.offset()).query(Rows.of(Announcement.class)).list();
        return PageResult.of(items, page, total);
    }

    public Optional<Announcement> find(String id) {
        return uuid(id).flatMap(u -> jdbc.sql(SELECT + " where id = ?").param(u).query(Rows.of(Announcement.class)).optional());
    }

    public Optional<Files> files(String id) {
        return uuid(id).flatMap(u -> jdbc.sql("select whitelist_csv, blacklist_csv, pdf from announcement where id = ?")
                .param(u).query(Rows.of(Files.class)).optional());
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
