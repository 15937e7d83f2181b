package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.publication.internal.domain.CsvCells;
import cn.eduapp.registry.publication.internal.persistence.PublicQueries;
import cn.eduapp.registry.shared.Beijing;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The open data: CSV lists (UTF-8 with a BOM so spreadsheet programs read the Chinese); the feed is {@link AtomFeed}. */
@Component
public class Exports {

    static final String BOM = "\uFEFF";
    static final String[] WHITELIST_HEADER = {"filingNumber", "appName", "providerName", "creditCode", "category",
            "platforms", "registeredAt"};
    static final String[] BLACKLIST_HEADER = {"appName", "filingNumber", "providerName", "creditCode", "reason", "clause",
            "listedAt", "listedUntil", "decisionNumber"};

    public String whitelistCsv(List<PublicQueries.WhitelistRow> rows) {
        return csv(WHITELIST_HEADER, rows.stream().map(r -> new Object[] {r.filingNumber(), r.appName(), r.providerName(),
                r.creditCode(), r.category(), String.join(";", r.platforms()), time(r.registeredAt())}).toList());
    }

    public String blacklistCsv(List<PublicQueries.BlacklistItem> rows) {
        return csv(BLACKLIST_HEADER, rows.stream().map(r -> new Object[] {r.appName(), r.filingNumber(), r.providerName(),
                r.creditCode(), r.reason(), r.clause(), r.listedAt().toString(), r.listedUntil().toString(),
                r.decisionNumber()}).toList());
    }

    private String csv(String[] header, List<Object[]> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (Object[] row : rows) {
                List<String> cells = new ArrayList<>(row.length);
                for (Object cell : row) {
                    cells.add(cell == null ? "" : CsvCells.neutralise(cell.toString()));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Beijing time, to the second: what a reader of the published list expects. */
    static String time(@Nullable Instant at) {
        return at == null ? "" : OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), Beijing.ZONE).toString();
    }

    /** The exclusive end of a Beijing day: asOf means the list at the end of that day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant();
    }
}
