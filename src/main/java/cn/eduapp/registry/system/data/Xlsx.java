package cn.eduapp.registry.system.data;

import cn.eduapp.registry.system.data.Xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import cn.eduapp.registry.shared.Beijing;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * A streamed .xlsx of one sheet (fastexcel): rows go to the output as they come, flushed every
 * {@value #FLUSH_EVERY}, and text is written inline (no shared-string table), so a list of 100,000 rows
 * needs no more heap than a thousand. Cells are never formulas, so no neutralising as in CSV is needed.
 */
public final class Xlsx implements Closeable {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final int FLUSH_EVERY = 1_000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    private Xlsx(OutputStream out, String sheetName, List<String> header) {
        workbook = new Workbook(out, "eduapp-registry", "1.0");
        sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < header.size(); c++) {
            sheet.inlineString(0, c, header.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, 20);
        }
        row = 1;
    }

    /** A workbook of one sheet with the header (Chinese column names) in its first row. */
    public static Xlsx open(OutputStream out, String sheetName, List<String> header) {
        return new Xlsx(out, sheetName, header);
    }

    /** One row; a number stays a number, an instant becomes Beijing time to the second, null an empty cell. */
    public void row(@Nullable Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            Object cell = cells[c];
            if (cell == null) {
                continue;
            }
            if (cell instanceof Number n) {
                sheet.value(row, c, n);
            } else if (cell instanceof Instant at) {
                sheet.inlineString(row, c, time(at));
            } else if (cell instanceof LocalDate day) {
                sheet.inlineString(row, c, day.toString());
            } else {
                sheet.inlineString(row, c, cell.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Beijing time to the second, as the CSV exports write it. */
    public static String time(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), Beijing.ZONE).toString();
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
