package cn.eduapp.registry.filing;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.internal.imports.FilingImporter;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FilingImportIT extends IntegrationTest {

    static final String HEADER = String.join(",", FilingImporter.HEADER);

    private Api.Response upload(String csv) {
        return api().send("POST", "/api/v1/filings/import", api().token("city-reviewer"), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String number(int seq) {
        return "教APP备11" + String.format("%05d", seq) + "号";
    }

    @Test
    void validRowsBecomeRegisteredFilingsAndInvalidRowsAreReportedWithTheirLines() {
        int base = ThreadLocalRandom.current().nextInt(70_000, 79_000);
        String code = CreditCodes.generate("52", "110108");
        String otherCode = CreditCodes.generate("91", "110105");
        String csv = HEADER + "\n"
                + number(base) + ",存量数学,北京存量教育中心," + code + ",NON_PROFIT,SUBJECT_TRAINING,ANDROID,cn.old.math" + base
                + ",JUNIOR_SECONDARY;PARENTS,true,2020-09-01\n"
                + number(base) + ",存量数学,北京存量教育中心," + code + ",NON_PROFIT,SUBJECT_TRAINING,IOS,cn.old.math" + base
                + ",JUNIOR_SECONDARY;PARENTS,true,2020-09-01\n"
                + "教APP备123号,坏号码,北京存量教育中心," + code + ",NON_PROFIT,,ANDROID,cn.bad.one,PRIMARY,false,2020-09-01\n"
                + number(base + 1) + ",坏信用代码,某公司,91110108MA01XJ3K2B,FOR_PROFIT,,H5,ftp://x,PRIMARY,maybe,2020-13-01\n"
                + number(base + 2) + ",家校通,\"北京某某科技有限公司\"," + otherCode + ",FOR_PROFIT,NON_SUBJECT_TRAINING,H5,https://jx.example.cn"
                + ",PARENTS,false,2021-03-15T09:30:00+08:00\n";
        JsonNode r = expect(upload(csv), 200).json();
        assertThat(r.path("imported").asInt()).isEqualTo(3);
        assertThat(r.path("skipped").asInt()).isZero();
        JsonNode rejected = r.path("rejected");
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).path("line").asInt()).isEqualTo(4);
        assertThat(rejected.get(0).path("errors").findValuesAsString("field")).containsExactly("filingNumber");
        assertThat(rejected.get(1).path("line").asInt()).isEqualTo(5);
        assertThat(rejected.get(1).path("errors").findValuesAsString("field"))
                .contains("creditCode", "identifier", "offersSubjectTraining", "registeredAt");

        JsonNode list = api().get("/api/v1/filings?status=REGISTERED&q=" + java.net.URLEncoder.encode(number(base),
                StandardCharsets.UTF_8), api().token("city-reviewer")).json();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        String id = list.path("items").get(0).path("id").asString();
        JsonNode filing = api().get("/api/v1/filings/" + id, api().token("city-reviewer")).json();
        assertThat(filing.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(filing.path("filingNumber").asString()).isEqualTo(number(base));
        assertThat(filing.path("category").asString()).isEqualTo("SUBJECT_TRAINING");
        assertThat(filing.path("app").path("platforms").findValuesAsString("type")).containsExactly("ANDROID", "IOS");
        List<String> audiences = new ArrayList<>();
        filing.path("app").path("audiences").forEach(a -> audiences.add(a.asString()));
        assertThat(audiences).containsExactly("JUNIOR_SECONDARY", "PARENTS");
        assertThat(filing.path("app").path("offersSubjectTraining").asBoolean()).isTrue();
        assertThat(filing.path("registeredAt").asString()).isEqualTo("2020-08-31T16:00:00Z");
        assertThat(filing.path("history").get(0).path("action").asString()).isEqualTo("IMPORTED");
        String providerId = filing.path("provider").path("id").asString();
        JsonNode provider = api().get("/api/v1/providers/" + providerId, api().token("city-reviewer")).json();
        assertThat(provider.path("creditCode").asString()).isEqualTo(code);
        assertThat(provider.path("legalPersonType").asString()).isEqualTo("NON_PROFIT");

        // each new provider has an entry of its own, by the city's importing user, in a chain that still holds
        for (String created : List.of(code, otherCode)) {
            String createdId = jdbc.sql("select id::text from provider where credit_code = ?").param(created)
                    .query(String.class).single();
            JsonNode entries = api().get("/api/v1/audit?entityType=PROVIDER&entityId=" + createdId,
                    api().token("city-reviewer")).json().path("items");
            assertThat(entries.findValuesAsString("action")).containsExactly("PROVIDER_REGISTERED");
            assertThat(entries.get(0).path("actor").asString()).isEqualTo("city-reviewer");
            assertThat(entries.get(0).path("summary").asString()).contains(created);
        }
        assertThat(api().get("/api/v1/audit/verification", api().token("city-reviewer")).json().path("valid").asBoolean())
                .isTrue();

        // nothing of a rejected row was stored
        assertThat(jdbc.sql("select count(*) from filing where filing_number = ?").param(number(base + 1))
                .query(Long.class).single()).isZero();

        // the same file again: every stored number is skipped, nothing is doubled
        JsonNode again = expect(upload(csv), 200).json();
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("skipped").asInt()).isEqualTo(3);
        assertThat(again.path("rejected")).hasSize(2);
        assertThat(jdbc.sql("select count(*) from provider where credit_code = ?").param(code).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from filing where filing_number = ?").param(number(base))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProviderAlreadyRegisteredIsMatchedByItsCreditCode() {
        Fixtures.Provider p = fixtures().beijingCompany();
        int seq = ThreadLocalRandom.current().nextInt(80_000, 89_000);
        String csv = HEADER + "\r\n" + number(seq) + ",存量体育," + p.name() + "," + p.creditCode()
                + ",FOR_PROFIT,NON_SUBJECT_TRAINING,MINI_PROGRAM,wx1234abcd" + seq + ",PRIMARY,false,2019-01-01\r\n";
        assertThat(expect(upload(csv), 200).json().path("imported").asInt()).isEqualTo(1);
        JsonNode mine = expect(api().get("/api/v1/filings?status=REGISTERED", p.token()), 200).json();
        assertThat(mine.path("items").findValuesAsString("filingNumber")).contains(number(seq));
    }

    @Test
    void aBadHeaderOrAnEmptyBodyIsRefusedAndOnlyTheCityImports() {
        expect(upload(""), 400);
        expect(upload("filingNumber,appName\n"), 400);
        expect(upload(HEADER.replace("appName", "name") + "\n"), 400);
        expect(upload(HEADER + "\n"), 400);
        Fixtures.Provider p = fixtures().beijingCompany();
        expect(api().send("POST", "/api/v1/filings/import", p.token(), "text/csv",
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8)), 403);
        expect(api().send("POST", "/api/v1/filings/import", null, "text/csv",
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8)), 401);
    }

    @Test
    void issuedNumbersSkipImportedOnesWithoutGaps() {
        int last = jdbc.sql("select last_value from filing_number_counter where region = '11'").query(Integer.class).single();
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(number(last + i) + ",连号应用" + i + ",北京连号科技," + CreditCodes.generate("91", "110108")
                    + ",FOR_PROFIT,,ANDROID,cn.seq.app" + (last + i) + ",PRIMARY,false,2020-01-01");
        }
        JsonNode r = expect(upload(HEADER + "\n" + String.join("\n", rows) + "\n"), 200).json();
        if (r.path("imported").asInt() < 3) {
            return; // another test registered one of these numbers meanwhile; nothing to learn here
        }
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().registered(p);
        assertThat(fixtures().filingNumber(id, p)).isEqualTo(number(last + 4));
    }

    /** Issue 22: the import is for Beijing's own; a number of another province is refused, pointing to the mirror. */
    @Test
    void aFilingNumberOfAnotherProvinceIsRefusedWithAReasonPointingToTheNationalMirror() {
        String code = CreditCodes.generate("91", "330106");
        String zj = "教APP备33" + String.format("%05d", ThreadLocalRandom.current().nextInt(1, 99_999)) + "号";
        String csv = HEADER + "\n" + zj + ",浙江的应用,杭州某公司," + code
                + ",FOR_PROFIT,NON_SUBJECT_TRAINING,ANDROID,cn.zj.imported" + System.nanoTime() + ",PRIMARY,false,2021-01-01\n";
        JsonNode r = expect(upload(csv), 200).json();
        assertThat(r.path("imported").asInt()).isZero();
        JsonNode error = r.path("rejected").get(0).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("filingNumber");
        assertThat(error.path("code").asString()).isEqualTo("OTHER_PROVINCE");
        assertThat(error.path("message").asString()).contains("不是北京市", "全国备案查询");
        assertThat(api().get("/api/v1/public/whitelist?q=" + java.net.URLEncoder.encode("浙江的应用", StandardCharsets.UTF_8), null)
                .json().path("total").asLong()).isZero();
    }
}
