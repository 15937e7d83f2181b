package cn.eduapp.registry.publication;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.publication.internal.domain.CsvCells;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The .xlsx twins of the CSV exports: Chinese headers, the same rows as the CSV, live and asOf. */
public class SpreadsheetExportsIT extends IntegrationTest {

    static final Map<String, String> CATEGORY = Map.of("SUBJECT_TRAINING", "学科培训类",
            "NON_SUBJECT_TRAINING", "非学科培训类");

    public static List<List<String>> sheet(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            for (Row row : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theWhitelistSpreadsheetHasChineseHeadersAndTheSameRowsAsTheCsv() throws IOException {
        PublicationFixtures pub = new PublicationFixtures(api());
        Fixtures.Provider p = pub.provider("表格科技" + PublicationFixtures.marker() + "有限公司");
        PublicationFixtures.App app = pub.registered(p, "表格课堂" + PublicationFixtures.marker());
        pub.awaitPublicStatus(app.filingNumber(), "REGISTERED");

        List<CSVRecord> csv = PublicListsIT.csv(expect(api().get("/api/v1/public/whitelist.csv", null), 200).body());
        List<List<String>> xlsx = sheet(api().bytes("/api/v1/public/whitelist.xlsx", null));

        assertThat(xlsx.get(0)).containsExactly("备案编号", "应用名称", "提供者", "统一社会信用代码", "类别",
                "平台及标识", "备案时间");
        List<List<String>> expected = csv.stream().map(r -> List.of(r.get("filingNumber"), r.get("appName"),
                r.get("providerName"), r.get("creditCode"), CATEGORY.getOrDefault(r.get("category"), r.get("category")),
                r.get("platforms"), r.get("registeredAt"))).toList();
        assertThat(xlsx.subList(1, xlsx.size())).hasSize(csv.size());
        assertThat(xlsx.subList(1, xlsx.size()).stream().map(SpreadsheetExportsIT::padded).toList())
                .containsExactlyElementsOf(expected);
        assertThat(xlsx.stream().map(r -> r.get(0)).toList()).contains(app.filingNumber());
    }

    @Test
    void theAsOfSpreadsheetsAreTheAsOfCsvsOfThatDay() throws IOException {
        String day = cn.eduapp.registry.shared.Beijing.today(clock).toString();
        for (String list : List.of("whitelist", "blacklist")) {
            List<CSVRecord> csv = PublicListsIT.csv(expect(api().get("/api/v1/public/" + list + ".csv?asOf=" + day, null), 200).body());
            List<List<String>> xlsx = sheet(api().bytes("/api/v1/public/" + list + ".xlsx?asOf=" + day, null));
            assertThat(xlsx).hasSize(csv.size() + 1);
            for (int i = 0; i < csv.size(); i++) {
                assertThat(CsvCells.neutralise(xlsx.get(i + 1).get(0))).isEqualTo(csv.get(i).get(0));
                assertThat(CsvCells.neutralise(xlsx.get(i + 1).get(1))).isEqualTo(csv.get(i).get(1));
            }
        }
        assertThat(sheet(api().bytes("/api/v1/public/blacklist.xlsx", null)).get(0))
                .containsExactly("应用名称", "备案编号", "提供者", "统一社会信用代码", "原因", "依据", "列入日期", "列入截止日期",
                        "处理决定书文号");
    }

    /** A row read back has as many cells as were written; empty trailing cells come back missing. */
    static List<String> padded(List<String> row) {
        List<String> r = new ArrayList<>(row);
        while (r.size() < 7) {
            r.add("");
        }
        // the CSV neutralises formula-like text (another test's hostile names share the list); an xlsx cell is never a formula
        return r.stream().map(c -> c == null ? "" : CsvCells.neutralise(c)).toList();
    }
}
