package cn.eduapp.registry.dashboard;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.enforcement.EnforcementSweep;
import cn.eduapp.registry.enforcement.EnforcementFixtures;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.support.UsageFixtures;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/dashboard: only the city reads it, and its figures follow what happens. The database is
 * shared by every test, so each assertion is a difference between two readings.
 */
class DashboardIT extends IntegrationTest {

    @Autowired
    EnforcementSweep enforcement;

    JsonNode figures() {
        return expect(api().get("/api/v1/dashboard", api().token("city-reviewer")), 200).json();
    }

    @Test
    void onlyTheCityReadsTheFigures() {
        Api.Response anonymous = api().get("/api/v1/dashboard", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        Fixtures.Provider provider = fixtures().beijingCompany();
        expect(api().get("/api/v1/dashboard", provider.token()), 403);
        expect(api().get("/api/v1/dashboard", api().token("school-haidian-1")), 403);
        expect(api().get("/api/v1/dashboard", api().token("district-haidian")), 403);
        expect(api().get("/api/v1/dashboard", api().token("moe-reviewer")), 403);
        expect(api().get("/api/v1/dashboard", api().token("appstore-demo")), 403);
        expect(api().get("/api/v1/dashboard", api().token("city-reviewer")), 200);
    }

    @Test
    void thePageCarriesTheFiguresAsAnInertDataBlockThatNoNameCanClose() {
        String hostile = "测试</script><b>区教育委员会" + UUID.randomUUID().toString().substring(0, 4);
        expect(api().post("/api/v1/institutions", api().token("city-reviewer"),
                Api.json(Map.of("name", hostile, "kind", "DISTRICT", "districtCode", "110105"))), 201);
        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        var page = city.get("/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        // the page links ECharts from the webjar (Spring writes the version and a content hash into the link),
        // never from a CDN
        assertThat(html).containsPattern("<script src=\"/webjars/echarts/(5\\.3\\.1/)?dist/echarts\\.min(-[0-9a-f]{32})?\\.js\"")
                .containsPattern("<script src=\"/js/dashboard(-[0-9a-f]{32})?\\.js\"")
                .contains("<script type=\"application/json\" id=\"figures\">");
        String block = html.substring(html.indexOf("id=\"figures\">") + "id=\"figures\">".length());
        block = block.substring(0, block.indexOf("</script>"));
        JsonNode data = Api.parse(block);
        assertThat(data.path("labels").path("status").path("REGISTERED").asString()).isEqualTo("已备案");
        List<String> districts = names(data.path("figures").path("usage").path("districts"), "name");
        assertThat(districts).contains(hostile);
        assertThat(html).doesNotContain("</script><b>");

        PageSession school = new PageSession(api().base());
        school.login("school-haidian-1", Api.DEMO_PASSWORD);
        var refused = school.get("/dashboard");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("id=\"figures\"");
    }

    @Test
    void echartsIsServedLocallyWithoutItsVersionInThePath() {
        Api.Response r = api().get("/webjars/echarts/dist/echarts.min.js", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).contains("javascript");
        assertThat(r.body()).contains("echarts").hasSizeGreaterThan(500_000);
    }

    @Test
    void everyListKeepsItsShapeAndTheMonthsAreTheLastTwelveBeijingMonths() {
        JsonNode f = figures();
        assertThat(names(f.path("filings").path("byStatus"), "status")).containsExactly("DRAFT", "CITY_REVIEW",
                "RETURNED", "MOE_REVIEW", "REGISTERED", "REJECTED", "UNDER_RECTIFICATION", "REVOKED", "CANCELLED");
        assertThat(names(f.path("filings").path("byCategory"), "category"))
                .startsWith("SUBJECT_TRAINING", "NON_SUBJECT_TRAINING");
        assertThat(names(f.path("complaints").path("byCategory"), "category")).contains("UNFILED_APP", "ADVERTISING",
                "ICP_FILING", "APP_STORE_LISTING").hasSize(11);
        YearMonth now = YearMonth.now(Beijing.ZONE);
        List<String> months = names(f.path("filings").path("registrationsPerMonth"), "month");
        assertThat(months).hasSize(12).startsWith(now.minusMonths(11).toString()).endsWith(now.toString());
        assertThat(f.path("filings").path("total").asLong())
                .isEqualTo(sum(f.path("filings").path("byStatus")))
                .isEqualTo(sum(f.path("filings").path("byCategory")));
        assertThat(f.path("asOf").asString()).isNotBlank();
        assertThat(f.path("rectifications").has("dueSoon")).isTrue();
        assertThat(f.path("usage").path("districts").isArray()).isTrue();
    }

    @Test
    void figuresFollowRegistrationUseRectificationAndComplaints() {
        Fixtures fx = fixtures();
        UsageFixtures usage = new UsageFixtures(api());
        EnforcementFixtures orders = new EnforcementFixtures(api());
        String month = YearMonth.now(Beijing.ZONE).toString();

        // a filing in city review, then registered
        JsonNode before = figures();
        Fixtures.Provider provider = fx.beijingCompany();
        String filingId = fx.submitted(provider);
        JsonNode submitted = figures();
        assertThat(delta(before, submitted, "filings", "byStatus", "status", "CITY_REVIEW")).isEqualTo(1);
        assertThat(delta(before, submitted, "filings", "byCategory", "category", "NON_SUBJECT_TRAINING")).isEqualTo(1);
        assertThat(submitted.path("filings").path("total").asLong() - before.path("filings").path("total").asLong()).isEqualTo(1);

        expect(api().post("/api/v1/filings/" + filingId + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        expect(api().post("/api/v1/filings/" + filingId + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        JsonNode registered = figures();
        assertThat(delta(submitted, registered, "filings", "byStatus", "status", "CITY_REVIEW")).isEqualTo(-1);
        assertThat(delta(submitted, registered, "filings", "byStatus", "status", "REGISTERED")).isEqualTo(1);
        assertThat(delta(submitted, registered, "filings", "registrationsPerMonth", "month", month)).isEqualTo(1);
        assertThat(registered.path("filings").path("total").asLong()).isEqualTo(submitted.path("filings").path("total").asLong());

        // a school of Haidian uses the app: one more app and use filing in its district
        String filingNumber = fx.filingNumber(filingId, provider);
        expect(usage.file(api().token("school-haidian-1"), UsageFixtures.useOf(filingNumber)), 201);
        JsonNode used = figures();
        JsonNode haidianBefore = haidian(registered);
        JsonNode haidianAfter = haidian(used);
        assertThat(haidianAfter.path("apps").asLong() - haidianBefore.path("apps").asLong()).isEqualTo(1);
        assertThat(haidianAfter.path("liveFilings").asLong() - haidianBefore.path("liveFilings").asLong()).isEqualTo(1);

        // a rectification order due within the hour: open and due soon, the filing under rectification
        orders.order(filingId, clock.instant().plus(Duration.ofHours(1)));
        JsonNode ordered = figures();
        assertThat(delta(used, ordered, "rectifications", "open")).isEqualTo(1);
        assertThat(delta(used, ordered, "rectifications", "dueSoon")).isEqualTo(1);
        assertThat(delta(used, ordered, "filings", "byStatus", "status", "REGISTERED")).isEqualTo(-1);
        assertThat(delta(used, ordered, "filings", "byStatus", "status", "UNDER_RECTIFICATION")).isEqualTo(1);

        // its deadline passes: the sweep finds it overdue and opens a case; the filing stays under rectification (issue 20)
        clock.advance(Duration.ofHours(2));
        enforcement.sweep();
        clock.reset(); // staff tokens end after 15 idle minutes: read the figures in the present again
        JsonNode overdue = figures();
        assertThat(delta(ordered, overdue, "rectifications", "overdue")).isGreaterThanOrEqualTo(1);
        assertThat(delta(ordered, overdue, "rectifications", "open")).isLessThanOrEqualTo(-1);
        assertThat(delta(ordered, overdue, "filings", "byStatus", "status", "REVOKED")).isZero();

        // a complaint about ads, then resolved on time
        JsonNode beforeComplaint = figures();
        Map<String, Object> complaint = Map.of("category", "ADVERTISING", "appName", "被投诉应用" + UUID.randomUUID().toString().substring(0, 8),
                "description", "应用首页弹出游戏广告，点击后跳转到游戏下载页面。");
        String trackingNumber = expect(api().post("/api/v1/public/complaints", null, Api.json(complaint)), 201).text("trackingNumber");
        JsonNode received = figures();
        assertThat(delta(beforeComplaint, received, "complaints", "total")).isEqualTo(1);
        assertThat(delta(beforeComplaint, received, "complaints", "open")).isEqualTo(1);
        assertThat(delta(beforeComplaint, received, "complaints", "byCategory", "category", "ADVERTISING")).isEqualTo(1);

        String complaintId = complaintId(trackingNumber);
        expect(api().post("/api/v1/complaints/" + complaintId + "/resolve", api().token("city-reviewer"),
                Api.json(Map.of("outcome", "SUBSTANTIATED", "feedback", "已责令整改。"))), 200);
        JsonNode resolved = figures();
        assertThat(delta(received, resolved, "complaints", "open")).isEqualTo(-1);
        assertThat(delta(received, resolved, "complaints", "resolved")).isEqualTo(1);
        assertThat(delta(received, resolved, "complaints", "resolvedOnTime")).isEqualTo(1);
        JsonNode c = resolved.path("complaints");
        assertThat(c.path("onTimeShare").asDouble())
                .isEqualTo((double) c.path("resolvedOnTime").asLong() / c.path("resolved").asLong());
    }

    private String complaintId(String trackingNumber) {
        JsonNode items = expect(api().get("/api/v1/complaints?size=200", api().token("city-reviewer")), 200).json().path("items");
        for (JsonNode item : items) {
            if (item.path("trackingNumber").asString().equals(trackingNumber)) {
                return item.path("id").asString();
            }
        }
        throw new AssertionError("complaint " + trackingNumber + " is not in the city's queue");
    }

    private static JsonNode haidian(JsonNode figures) {
        for (JsonNode d : figures.path("usage").path("districts")) {
            if (d.path("name").asString().equals("海淀区教育委员会")) {
                return d;
            }
        }
        throw new AssertionError("no Haidian district in " + figures.path("usage"));
    }

    private static long delta(JsonNode before, JsonNode after, String section, String field) {
        return after.path(section).path(field).asLong() - before.path(section).path(field).asLong();
    }

    private static long delta(JsonNode before, JsonNode after, String section, String list, String key, String value) {
        return count(after.path(section).path(list), key, value) - count(before.path(section).path(list), key, value);
    }

    private static long count(JsonNode list, String key, String value) {
        for (JsonNode item : list) {
            if (item.path(key).asString().equals(value)) {
                return item.path("count").asLong();
            }
        }
        throw new AssertionError("no " + key + " " + value + " in " + list);
    }

    private static List<String> names(JsonNode list, String key) {
        List<String> names = new ArrayList<>();
        list.forEach(i -> names.add(i.path(key).asString()));
        return names;
    }

    private static long sum(JsonNode list) {
        long n = 0;
        for (JsonNode i : list) {
            n += i.path("count").asLong();
        }
        return n;
    }
}
