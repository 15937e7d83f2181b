package cn.eduapp.registry.publication.internal;

import static cn.eduapp.registry.support.Fixtures.expect;
import static cn.eduapp.registry.support.PublicationFixtures.encode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.FilingsImported;
import cn.eduapp.registry.filing.internal.imports.FilingImporter;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An import's batch reaches the public read models in one go (issue 11: 100,000 imported rows must not
 * take minutes to show): every filing on the white list and in verify (issue 20: a banned provider's
 * filings too: a ban bars new filings only), one feed entry each, and a second delivery of the same batch changes nothing.
 */
class ImportedBatchPublicationIT extends IntegrationTest {

    static final Actor CITY = new Actor("city-reviewer", "");

    @Autowired
    ProviderManagement providers;

    @Autowired
    PublicListEvents updater;

    @Test
    void aBatchGoesOnTheListsAndIntoVerifyTogetherAndAReplayChangesNothing() {
        String m = PublicationFixtures.marker();
        Fixtures.Provider banned = fixtures().beijingCompany();
        providers.ban(banned.id(), Beijing.today(clock).plusMonths(6), "逾期未整改", "京教信〔2022〕5号 五", CITY);
        String freshCode = CreditCodes.generate("91", "110105");
        int base = ThreadLocalRandom.current().nextInt(60_000, 69_000);
        StringBuilder csv = new StringBuilder(String.join(",", FilingImporter.HEADER)).append('\n');
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean ofBanned = i % 4 == 0;
            String number = "教APP备11" + String.format("%05d", base + i) + "号";
            numbers.add(number);
            csv.append(number).append(',').append(m).append("批量应用").append(i).append(',')
                    .append(ofBanned ? banned.name() : m + "批量科技有限公司").append(',')
                    .append(ofBanned ? banned.creditCode() : freshCode)
                    .append(",FOR_PROFIT,NON_SUBJECT_TRAINING,ANDROID,cn.batch.b").append(base).append(".a").append(i)
                    .append(",PARENTS,false,2021-0").append(1 + i % 9).append("-15\n");
        }
        JsonNode r = expect(api().send("POST", "/api/v1/filings/import", api().token("city-reviewer"), "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)), 200).json();
        assertThat(r.path("imported").asInt()).isEqualTo(12);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(whitelist(m).path("total").asLong()).isEqualTo(12));
        JsonNode listed = whitelist(m);
        List<String> shown = new ArrayList<>();
        listed.path("items").forEach(i -> shown.add(i.path("filingNumber").asString()));
        for (int i = 0; i < 12; i++) {
            String expected = "REGISTERED";
            JsonNode v = new PublicationFixtures(api()).verify(api().token("appstore-demo"), "ANDROID",
                    "cn.batch.b" + base + ".a" + i).json();
            assertThat(v.path("status").asString()).as("app %d", i).isEqualTo(expected);
            assertThat(v.path("filingNumber").asString()).isEqualTo(numbers.get(i));
            assertThat(shown).contains(numbers.get(i));
        }
        JsonNode publicFiling = expect(api().get("/api/v1/public/filings/" + encode(numbers.get(1)), null), 200).json();
        assertThat(publicFiling.path("providerName").asString()).isEqualTo(m + "批量科技有限公司");
        assertThat(publicFiling.path("category").asString()).isEqualTo("NON_SUBJECT_TRAINING");
        assertThat(publicFiling.path("registeredAt").asString()).isEqualTo("2021-02-14T16:00:00Z");
        JsonNode black = expect(api().get("/api/v1/public/blacklist?size=200", null), 200).json();
        assertThat(black.toString()).doesNotContain(m + "批量应用0", m + "批量应用4", m + "批量应用8");

        String[] numberArray = numbers.toArray(String[]::new);
        long feedEntries = count("select count(*) from pub_change where filing_number = any(?)", numberArray);
        long periods = count("select count(*) from pub_whitelist_period where filing_number = any(?)", numberArray);
        long verifyRows = count("select count(*) from pub_verify where filing_number = any(?)", numberArray);
        assertThat(feedEntries).isEqualTo(12);
        assertThat(periods).isEqualTo(12);
        assertThat(verifyRows).isEqualTo(12);

        // the event registry may deliver a batch twice (a listener failed after its commit): nothing doubles
        List<FilingsImported.Imported> imported = jdbc.sql("""
                        select id::text, provider_id::text, filing_number from filing
                         where filing_number = any(?) order by filing_number""")
                .param(numberArray)
                .query((rs, i) -> new FilingsImported.Imported(FilingId.of(rs.getString(1)),
                        ProviderId.of(rs.getString(2)), rs.getString(3))).list();
        java.time.Instant at = jdbc.sql("select min(at) from pub_change where filing_number = any(?)").param(numberArray)
                .query(java.sql.Timestamp.class).single().toInstant();
        updater.on(new FilingsImported(CITY, imported, at));
        assertThat(count("select count(*) from pub_change where filing_number = any(?)", numberArray)).isEqualTo(feedEntries);
        assertThat(count("select count(*) from pub_whitelist_period where filing_number = any(?)", numberArray)).isEqualTo(periods);
        assertThat(count("select count(*) from pub_whitelist_period where filing_number = any(?) and valid_to is null",
                numberArray)).isEqualTo(12);
        assertThat(whitelist(m).path("total").asLong()).isEqualTo(12);
    }

    private JsonNode whitelist(String q) {
        return expect(api().get("/api/v1/public/whitelist?size=50&q=" + encode(q), null), 200).json();
    }

    private long count(String sql, String[] numbers) {
        return jdbc.sql(sql).param(numbers).query(Long.class).single();
    }
}
