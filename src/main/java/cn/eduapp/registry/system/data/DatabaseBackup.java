package cn.eduapp.registry.system.data;

import cn.eduapp.registry.system.data.DatabaseBackup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * A logical backup of every table, taken in one repeatable-read snapshot with PostgreSQL's COPY, into a
 * zip; and its restore into a freshly migrated database. It needs no pg_dump of the server's version,
 * so it works the same for the embedded PostgreSQL and an external one.
 */
@Component
public class DatabaseBackup {

    static final String MANIFEST = "manifest.properties";

    private final DataSource dataSource;

    DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the backup; returns the row count per table. */
    public Map<String, Long> backup(Path zip) throws IOException, SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        Path tmp = zip.resolveSibling(zip.getFileName() + ".part");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String schemaVersion = schemaVersion(c);
            try (OutputStream file = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(file)) {
                for (String table : tables(c)) {
                    out.putNextEntry(new ZipEntry(table + ".copy"));
                    counts.put(table, copy.copyOut("copy public.\"" + table + "\" to stdout", new NonClosing(out)));
                    out.closeEntry();
                }
                out.putNextEntry(new ZipEntry(MANIFEST));
                StringBuilder m = new StringBuilder("createdAt=" + Instant.now() + "\nschemaVersion=" + schemaVersion + "\n");
                counts.forEach((t, n) -> m.append("rows.").append(t).append('=').append(n).append('\n'));
                out.write(m.toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            c.commit();
        }
        Files.move(tmp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return counts;
    }

    /**
     * Restores a backup into this database, which Flyway has just migrated to the same schema version:
     * every table is emptied and refilled in one transaction, with triggers (foreign keys, the audit
     * trail's append-only guard) held off by {@code session_replication_role = replica}, then sequences
     * are moved past the restored rows.
     */
    public Map<String, Long> restore(Path zip) throws IOException, SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile()); Connection c = dataSource.getConnection()) {
            java.util.Properties manifest = new java.util.Properties();
            try (InputStream in = z.getInputStream(z.getEntry(MANIFEST))) {
                manifest.load(in);
            }
            String expected = manifest.getProperty("schemaVersion");
            if (!schemaVersion(c).equals(expected)) {
                throw new IllegalStateException("backup has schema version " + expected + ", this database " + schemaVersion(c));
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
                List<String> tables = new ArrayList<>(tables(c));
                tables.remove("flyway_schema_history");
                s.execute("truncate " + String.join(", ", tables.stream().map(t -> "public.\"" + t + "\"").toList()));
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    ZipEntry e = z.getEntry(table + ".copy");
                    if (e == null) {
                        continue;
                    }
                    try (InputStream in = z.getInputStream(e)) {
                        counts.put(table, copy.copyIn("copy public.\"" + table + "\" from stdin", in));
                    }
                }
                resetSequences(c);
            }
            c.commit();
        }
        return counts;
    }

    private static void resetSequences(Connection c) throws SQLException {
        List<String[]> owned = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select seq.relname, tab.relname, att.attname
                  from pg_class seq
                  join pg_depend d on d.objid = seq.oid and d.deptype = 'a'
                  join pg_class tab on tab.oid = d.refobjid
                  join pg_attribute att on att.attrelid = tab.oid and att.attnum = d.refobjsubid
                 where seq.relkind = 'S'""")) {
            while (rs.next()) {
                owned.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] o : owned) {
                s.execute("select setval('public.\"" + o[0] + "\"', coalesce((select max(\"" + o[2] + "\") from public.\""
                        + o[1] + "\"), 1), (select count(*) > 0 from public.\"" + o[1] + "\"))");
            }
        }
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** COPY closes the stream it writes to; the zip must stay open for the next entry. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
