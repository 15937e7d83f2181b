package cn.eduapp.registry.publication;

import static cn.eduapp.registry.support.Fixtures.expect;
import static cn.eduapp.registry.support.PublicationFixtures.encode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.enforcement.EnforcementFixtures;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PublicListsIT extends IntegrationTest {

    static final Actor CITY = new Actor("city-reviewer", "");

    @Autowired
    FilingManagement filings;

    @Autowired
    ProviderManagement providers;

    PublicationFixtures pub() {
        return new PublicationFixtures(api());
    }

    List<String> whitelistNumbers(String q) {
        JsonNode page = expect(api().get("/api/v1/public/whitelist?size=200&q=" + encode(q), null), 200).json();
        List<String> numbers = new ArrayList<>();
        page.path("items").forEach(i -> numbers.add(i.path("filingNumber").asString()));
        return numbers;
    }

    static List<CSVRecord> csv(String body) throws IOException {
        assertThat(body).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
    }

    static List<String> column(List<CSVRecord> records, String name) {
        return records.stream().map(r -> r.get(name)).toList();
    }

    @Test
    void aRegisteredAppIsOnTheWhitelistCsvAndFeedButDraftsRejectedAndRevokedOnesAreNot() throws IOException {
        String m = PublicationFixtures.marker();
        Fixtures.Provider p = fixtures().beijingCompany();
        PublicationFixtures.App registered = pub().registered(p, m + "体育打卡");
        PublicationFixtures.App revoked = pub().registered(p, m + "体育撤销");
        String draft = pub().draft(p, m + "体育草稿", Fixtures.uniqueAndroidId());
        String rejected = pub().rejected(p, m + "体育驳回");
        filings.revoke(revoked.id(), CITY, "逾期未整改");
        pub().awaitPublicStatus(registered.filingNumber(), "REGISTERED");
        pub().awaitPublicStatus(revoked.filingNumber(), "REVOKED");

        JsonNode list = expect(api().get("/api/v1/public/whitelist?size=200&q=" + encode(m), null), 200).json();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        JsonNode item = list.path("items").get(0);
        assertThat(item.path("filingNumber").asString()).isEqualTo(registered.filingNumber());
        assertThat(item.path("appName").asString()).isEqualTo(m + "体育打卡");
        assertThat(item.path("providerName").asString()).isEqualTo(p.name());
        assertThat(item.path("category").asString()).isEqualTo("NON_SUBJECT_TRAINING");
        assertThat(item.path("platforms").get(0).path("type").asString()).isEqualTo("ANDROID");
        assertThat(item.path("platforms").get(0).path("identifier").asString()).isEqualTo(registered.androidId());
        assertThat(item.path("registeredAt").asString()).isNotBlank();
        // nothing private: no internal ids, contacts or accounts
        assertThat(list.toString()).doesNotContain(registered.id(), p.id(), p.username(), "13800000000", "a@b.cn");

        Api.Response csv = expect(api().get("/api/v1/public/whitelist.csv", null), 200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("utf-8");
        assertThat(csv.body().substring(1).lines().findFirst().orElseThrow())
                .isEqualTo("filingNumber,appName,providerName,creditCode,category,platforms,registeredAt");
        List<CSVRecord> rows = csv(csv.body());
        assertThat(column(rows, "filingNumber")).contains(registered.filingNumber()).doesNotContain(revoked.filingNumber());
        assertThat(column(rows, "appName")).contains(m + "体育打卡")
                .doesNotContain(m + "体育撤销", m + "体育草稿", m + "体育驳回");
        CSVRecord row = rows.stream().filter(r -> r.get("filingNumber").equals(registered.filingNumber())).findFirst().orElseThrow();
        assertThat(row.get("creditCode")).isEqualTo(p.creditCode());
        assertThat(row.get("platforms")).isEqualTo("ANDROID:" + registered.androidId());

        String feed = expect(api().get("/api/v1/public/changes.atom", null), 200).body();
        assertThat(feed).contains("<feed", registered.filingNumber(), m + "体育打卡");
        assertThat(feed.indexOf(revoked.filingNumber())).as("newest first: the revocation precedes the registration")
                .isLessThan(feed.indexOf(registered.filingNumber()));
        assertThat(feed).doesNotContain(m + "体育草稿", m + "体育驳回");

        assertThat(expect(api().get("/api/v1/public/filings/" + encode(revoked.filingNumber()), null), 200).json()
                .path("revokedAt").asString()).isNotBlank();
        expect(api().get("/api/v1/public/filings/" + encode("教APP备1199999号"), null), 404);
        assertThat(draft).isNotBlank();
        assertThat(rejected).isNotBlank();
    }

    /**
     * Issue 20: the black list lists the app a decision revoked, with the decision's number and the listing's end;
     * the provider's other apps stay on the white list; the city's early removal takes the app off.
     */
    @Test
    void aListedAppIsOnTheBlacklistWithItsDecisionAndEndWhileTheProvidersOtherAppsStayListed() throws IOException {
        String m = PublicationFixtures.marker();
        Fixtures.Provider p = fixtures().beijingCompany();
        PublicationFixtures.App app = pub().registered(p, m + "口语练习");
        PublicationFixtures.App other = pub().registered(p, m + "听力练习");
        pub().awaitPublicStatus(app.filingNumber(), "REGISTERED");
        pub().awaitPublicStatus(other.filingNumber(), "REGISTERED");
        LocalDate today = Beijing.today(clock);
        LocalDate until = today.plusMonths(6);
        JsonNode decided = new EnforcementFixtures(api()).revokeAndList(app.id(), p);

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(whitelistNumbers(m)).containsExactly(other.filingNumber()));
        JsonNode black = expect(api().get("/api/v1/public/blacklist?size=200", null), 200).json();
        JsonNode entry = null;
        for (JsonNode e : black.path("items")) {
            if (e.path("creditCode").asString().equals(p.creditCode())) {
                assertThat(entry).as("one entry: the app concerned").isNull();
                entry = e;
            }
        }
        assertThat(entry).as(black.toString()).isNotNull();
        assertThat(entry.path("appName").asString()).isEqualTo(m + "口语练习");
        assertThat(entry.path("filingNumber").asString()).isEqualTo(app.filingNumber());
        assertThat(entry.path("providerName").asString()).isEqualTo(p.name());
        assertThat(entry.path("listedUntil").asString()).isEqualTo(until.toString());
        assertThat(entry.path("listedAt").asString()).isEqualTo(today.toString());
        assertThat(entry.path("reason").asString()).isEqualTo("拒不整改，撤销备案");
        assertThat(entry.path("clause").asString()).contains("京教信〔2022〕5号 五");
        assertThat(entry.path("decisionNumber").asString()).startsWith("京教监决");
        assertThat(api().get("/api/v1/filings/" + app.id(), p.token()).text("status")).isEqualTo("REVOKED");
        assertThat(api().get("/api/v1/filings/" + other.id(), p.token()).text("status")).isEqualTo("REGISTERED");
        List<CSVRecord> rows = csv(expect(api().get("/api/v1/public/blacklist.csv", null), 200).body());
        CSVRecord row = rows.stream().filter(r -> r.get("filingNumber").equals(app.filingNumber())).findFirst().orElseThrow();
        assertThat(row.get("listedUntil")).isEqualTo(until.toString());
        assertThat(expect(api().get("/api/v1/public/changes.atom", null), 200).body()).contains(p.creditCode());
        String page = expect(api().get("/public/blacklist", null), 200).body();
        assertThat(page).contains(m + "口语练习", until.toString(), "拒不整改");
        assertThat(api().get("/api/v1/verify?platform=ANDROID&identifier=" + app.androidId(), api().token("cac-officer"))
                .text("status")).isEqualTo("BLACKLISTED");
        assertThat(api().get("/api/v1/verify?platform=ANDROID&identifier=" + other.androidId(), api().token("cac-officer"))
                .text("status")).isEqualTo("REGISTERED");

        expect(api().post("/api/v1/blacklist-entries/" + decided.path("blacklisting").path("id").asString() + "/removal",
                api().token("city-reviewer"), Api.json(java.util.Map.of("reason", "已整改到位，信用修复"))), 200);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(api().get("/api/v1/verify?platform=ANDROID&identifier=" + app.androidId(), api().token("cac-officer"))
                        .text("status")).isEqualTo("REVOKED"));
        JsonNode after = expect(api().get("/api/v1/public/blacklist?size=200", null), 200).json();
        assertThat(after.toString()).doesNotContain(p.creditCode());
        assertThat(whitelistNumbers(m)).containsExactly(other.filingNumber());
    }

    /** Totals of one- and two-character queries come from counts kept with the rows (V91): they must agree. */
    @Test
    void searchTotalsFollowRegistrationRevocationBanAndLiftAndAgreeWithTheRows() {
        String m = PublicationFixtures.marker();
        Fixtures.Provider p = fixtures().beijingCompany();
        PublicationFixtures.App first = pub().registered(p, m + "写作");
        PublicationFixtures.App second = pub().registered(p, m + "阅读");
        pub().awaitPublicStatus(first.filingNumber(), "REGISTERED");
        pub().awaitPublicStatus(second.filingNumber(), "REGISTERED");
        assertThat(total(m, null)).isEqualTo(2);
        assertThat(total(m.substring(0, 1), null)).isGreaterThanOrEqualTo(2);
        assertThat(total(m, "NON_SUBJECT_TRAINING")).isEqualTo(2);
        assertThat(total(m, "SUBJECT_TRAINING")).isZero();
        long all = total(null, null);

        filings.revoke(first.id(), CITY, "逾期未整改");
        pub().awaitPublicStatus(first.filingNumber(), "REVOKED");
        assertThat(total(m, null)).isEqualTo(1);
        assertThat(whitelistNumbers(m)).containsExactly(second.filingNumber());

        // issue 20: a ban bars new filings only; the provider's registered app stays listed
        providers.ban(p.id(), Beijing.today(clock).plusDays(1), "拒不整改", "京教信〔2022〕5号 五", CITY);
        assertThat(total(m, null)).isEqualTo(1);
        assertThat(whitelistNumbers(m)).containsExactly(second.filingNumber());
        clock.advance(Duration.ofDays(2));
        providers.liftExpiredBans(Actor.SYSTEM);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(total(m, null)).isEqualTo(1));
        assertThat(total(null, null)).isGreaterThanOrEqualTo(all - 1);

        // every kept count equals the rows it stands for, for every gram and category
        long disagreeing = jdbc.sql("""
                select count(*) from (
                    select g, coalesce(category, '') c, count(*) n from pub_filing, unnest(name_grams || array['']) g
                     where listed group by 1, 2) rows
                full join (select gram, category, n from pub_gram_count where n <> 0) kept
                  on kept.gram = rows.g and kept.category = rows.c
                where rows.n is distinct from kept.n""").query(Long.class).single();
        assertThat(disagreeing).isZero();
    }

    private long total(String q, String category) {
        String query = (q == null ? "" : "&q=" + encode(q)) + (category == null ? "" : "&category=" + category);
        return expect(api().get("/api/v1/public/whitelist?size=1" + query, null), 200).json().path("total").asLong();
    }

    @Test
    void chineseSubstringSearchFindsTwoCharacterQueriesAndNamesWithSpacesAndPunctuation() {
        String m = PublicationFixtures.marker();
        String n = PublicationFixtures.marker();
        Fixtures.Provider p = pub().provider("北京" + n + "教育科技有限公司");
        PublicationFixtures.App a = pub().registered(p, m + "数学 口算·练习（小学版）");
        PublicationFixtures.App b = pub().registered(fixtures().beijingCompany(), "英语" + m + "听说");
        pub().awaitPublicStatus(a.filingNumber(), "REGISTERED");
        pub().awaitPublicStatus(b.filingNumber(), "REGISTERED");

        assertThat(whitelistNumbers(m)).containsExactlyInAnyOrder(a.filingNumber(), b.filingNumber());
        assertThat(whitelistNumbers(m.substring(0, 1) + m.substring(1))).hasSize(2);
        assertThat(whitelistNumbers(m + "数")).containsExactly(a.filingNumber());
        assertThat(whitelistNumbers(m + "数学 口算")).containsExactly(a.filingNumber());
        assertThat(whitelistNumbers("学 口")).contains(a.filingNumber()).doesNotContain(b.filingNumber());
        assertThat(whitelistNumbers("口算·练")).contains(a.filingNumber());
        assertThat(whitelistNumbers("（小学版）")).contains(a.filingNumber());
        assertThat(whitelistNumbers(m + "听")).containsExactly(b.filingNumber());
        // provider names: two characters, and longer
        assertThat(whitelistNumbers(n)).containsExactly(a.filingNumber());
        assertThat(whitelistNumbers("北京" + n)).containsExactly(a.filingNumber());
        assertThat(whitelistNumbers("  " + n + "  ")).containsExactly(a.filingNumber());
        // LIKE wildcards are literal
        assertThat(whitelistNumbers(m + "%")).isEmpty();
        assertThat(whitelistNumbers(m + "_")).isEmpty();
        // category filter
        JsonNode filtered = expect(api().get("/api/v1/public/whitelist?category=SUBJECT_TRAINING&q=" + encode(m), null), 200).json();
        assertThat(filtered.path("total").asLong()).isZero();
        expect(api().get("/api/v1/public/whitelist?category=NONSENSE", null), 400);
        expect(api().get("/api/v1/public/whitelist?size=201", null), 400);
        // the page finds it too
        String page = expect(api().get("/public/whitelist?q=" + encode(m), null), 200).body();
        assertThat(page).contains(a.filingNumber(), b.filingNumber(), "lang=\"zh-CN\"", "<label for=\"q\"");
        // an address-bar typo is not an error page
        assertThat(api().get("/public/whitelist?category=NONSENSE&page=x&q=" + encode(m), null).body()).contains(a.filingNumber());
    }

    @Test
    void aHostileAppNameIsShownEscapedOnEveryPublicPage() {
        String m = PublicationFixtures.marker();
        String hostile = "<script>alert(1)</script>" + m;
        Fixtures.Provider p = fixtures().beijingCompany();
        PublicationFixtures.App app = pub().registered(p, hostile);
        pub().awaitPublicStatus(app.filingNumber(), "REGISTERED");
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;" + m;

        String list = expect(api().get("/public/whitelist?q=" + encode(m), null), 200).body();
        assertThat(list).contains(escaped).doesNotContain("<script>alert(1)");
        String detail = expect(api().get("/public/filings/" + encode(app.filingNumber()), null), 200).body();
        assertThat(detail).contains(escaped).doesNotContain("<script>alert(1)");
        assertThat(expect(api().get("/api/v1/public/changes.atom", null), 200).body()).doesNotContain("<script>alert(1)");

        new EnforcementFixtures(api()).revokeAndList(app.id(), p);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(expect(api().get("/public/blacklist?page=0", null), 200).body()).contains(p.creditCode()));
        String black = expect(api().get("/public/blacklist", null), 200).body();
        assertThat(black).contains(escaped).doesNotContain("<script>alert(1)");
    }

    @Test
    void formulaLikeNamesAreNeutralisedInCsv() throws IOException {
        String m = PublicationFixtures.marker();
        Fixtures.Provider p = pub().provider("=HYPERLINK(\"http://x\")" + m);
        List<String> names = List.of("=1+2" + m, "+SUM(A1)" + m, "-2+3" + m, "@cmd" + m);
        List<PublicationFixtures.App> apps = new ArrayList<>();
        for (String name : names) {
            apps.add(pub().registered(p, name));
        }
        apps.forEach(a -> pub().awaitPublicStatus(a.filingNumber(), "REGISTERED"));
        List<CSVRecord> rows = csv(expect(api().get("/api/v1/public/whitelist.csv", null), 200).body());
        List<String> appNames = column(rows, "appName");
        for (String name : names) {
            assertThat(appNames).contains("'" + name).doesNotContain(name);
        }
        assertThat(column(rows, "providerName")).contains("'" + p.name()).doesNotContain(p.name());
    }

    @Test
    void asOfGivesTheListsAsTheyStoodAtTheEndOfThatDay() throws IOException {
        String m = PublicationFixtures.marker();
        Fixtures.Provider p = fixtures().beijingCompany();
        LocalDate day0 = Beijing.today(clock);
        PublicationFixtures.App first = pub().registered(p, m + "第一");
        String secondId = pub().approvedByCity(p, m + "第二", Fixtures.uniqueAndroidId());
        pub().awaitPublicStatus(first.filingNumber(), "REGISTERED");

        clock.advance(Duration.ofDays(3));
        LocalDate day3 = Beijing.today(clock);
        api().forgetTokens();
        PublicationFixtures.App second = pub().register(secondId, m + "第二", "");
        filings.revoke(first.id(), CITY, "撤销");
        pub().awaitPublicStatus(second.filingNumber(), "REGISTERED");
        pub().awaitPublicStatus(first.filingNumber(), "REVOKED");
        Fixtures.Provider banned = fixtures().beijingCompany();
        PublicationFixtures.App third = pub().registered(banned, m + "第三");
        pub().awaitPublicStatus(third.filingNumber(), "REGISTERED");
        new EnforcementFixtures(api()).revokeAndList(third.id(), banned);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                column(csv(api().get("/api/v1/public/blacklist.csv", null).body()), "creditCode")).contains(banned.creditCode()));

        List<String> then = column(csv(expect(api().get("/api/v1/public/whitelist.csv?asOf=" + day0, null), 200).body()), "filingNumber");
        assertThat(then).contains(first.filingNumber()).doesNotContain(second.filingNumber());
        List<String> now = column(csv(expect(api().get("/api/v1/public/whitelist.csv?asOf=" + day3, null), 200).body()), "filingNumber");
        assertThat(now).contains(second.filingNumber()).doesNotContain(first.filingNumber());
        List<String> before = column(csv(expect(api().get("/api/v1/public/whitelist.csv?asOf=" + day0.minusDays(1), null), 200).body()), "filingNumber");
        assertThat(before).doesNotContain(first.filingNumber(), second.filingNumber());
        assertThat(column(csv(api().get("/api/v1/public/blacklist.csv?asOf=" + day0, null).body()), "creditCode"))
                .doesNotContain(banned.creditCode());
        assertThat(column(csv(api().get("/api/v1/public/blacklist.csv?asOf=" + day3, null).body()), "creditCode"))
                .contains(banned.creditCode());
        expect(api().get("/api/v1/public/whitelist.csv?asOf=yesterday", null), 400);
    }

    @Test
    void exportsAndFeedAnswerNotModifiedToAClientThatHasThem() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/api/v1/public/whitelist.csv", "/api/v1/public/blacklist.csv?asOf=2026-01-01",
                "/api/v1/public/changes.atom")) {
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(api().base() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(api().base() + path))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            HttpResponse<String> since = http.send(HttpRequest.newBuilder(URI.create(api().base() + path))
                    .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(since.statusCode()).as(path).isEqualTo(304);
            HttpResponse<String> stale = http.send(HttpRequest.newBuilder(URI.create(api().base() + path))
                    .header("If-None-Match", "\"something-else\"").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stale.statusCode()).as(path).isEqualTo(200);
        }
        String feed = api().get("/api/v1/public/changes.atom", null).body();
        assertThat(feed).contains("http://www.w3.org/2005/Atom");
    }
}
