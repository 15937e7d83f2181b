package cn.eduapp.registry.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The enforcement pages render for each role and their forms work (session login, CSRF, post/redirect/get). */
class EnforcementPagesIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser-like session: cookies, the CSRF token of the last page, redirects not followed. */
    final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        Session(String username, String password) throws Exception {
            get("/login");
            HttpResponse<String> r = post("/login", Map.of("username", username, "password", password));
            assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/home");
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> upload(String path, String filename, String content) throws Exception {
            String boundary = "----enforcement" + System.nanoTime();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theCityOrdersThroughItsDashboardAndTheProviderAnswersOnTheOrderPage() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);

        Session city = new Session("city-reviewer", Api.DEMO_PASSWORD);
        assertThat(city.get("/filings/" + filingId).body()).contains("/enforcement?filingNumber=");
        HttpResponse<String> dashboard = city.get("/enforcement?filingNumber=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("整改与黑名单监管", "三日内到期", "下达限期整改通知", number);

        HttpResponse<String> missing = city.post("/enforcement/orders", Map.of("filingNumber", number, "reason", "",
                "clause", "京教信〔2022〕5号 三", "deadline", Beijing.today(clock).plusDays(5).toString()));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("请填写整改事由");
        HttpResponse<String> past = city.post("/enforcement/orders", Map.of("filingNumber", number, "reason", "广告",
                "clause", "京教信〔2022〕5号 三", "deadline", Beijing.today(clock).minusDays(1).toString()));
        assertThat(past.body()).contains("整改期限须晚于当前时间");

        HttpResponse<String> created = city.post("/enforcement/orders", Map.of("filingNumber", number, "reason", "含有广告",
                "clause", "京教信〔2022〕5号 三", "deadline", Beijing.today(clock).plusDays(5).toString()));
        assertThat(created.statusCode()).isEqualTo(302);
        String orderPath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(orderPath).startsWith("/enforcement/orders/");
        assertThat(city.get(orderPath).body()).contains("含有广告", "待整改", "办理记录");
        assertThat(city.get("/enforcement/orders?list=open").body()).contains(number);

        Session provider = new Session(p.username(), Fixtures.PASSWORD);
        assertThat(provider.get("/enforcement/orders").body()).contains(number);
        HttpResponse<String> page = provider.get(orderPath);
        assertThat(page.body()).contains("提交整改情况", "限期整改通知书", "京教监整").doesNotContain("认定拒不整改并立案");
        assertThat(provider.post(orderPath + "/response", Map.of("description", "已下线广告")).statusCode()).isEqualTo(302);
        assertThat(provider.get(orderPath).body()).contains("已下线广告", "已反馈，待审核");

        assertThat(city.get(orderPath).body()).contains("审核整改情况");
        assertThat(city.post(orderPath + "/decision", Map.of("accepted", "true", "comment", "通过")).statusCode()).isEqualTo(302);
        assertThat(city.get(orderPath).body()).contains("整改验收通过");
        assertThat(new EnforcementFixtures(api()).filingStatus(filingId)).isEqualTo("REGISTERED");

        assertThat(city.get("/enforcement/preschool").body()).contains("撤销学前线上培训类备案");
        assertThat(city.get("/filings/import").body()).contains("存量备案导入", "filingNumber,appName");
        HttpResponse<String> imported = city.upload("/filings/import", "old.csv",
                String.join(",", cn.eduapp.registry.filing.internal.imports.FilingImporter.HEADER) + "\n"
                        + "教APP备123号,坏,北京某公司,91110108MA01XJ3K2A,FOR_PROFIT,,ANDROID,cn.a.b,PRIMARY,false,2020-01-01\n");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("拒绝 1 行", "备案号格式");
        assertThat(provider.get("/enforcement").statusCode()).isNotEqualTo(200);
    }

    @Test
    void theCacIssuesNoticesAndTheCaChecksPermitsOnTheirPages() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String number = fixtures().filingNumber(fixtures().registered(p), p);

        Session cac = new Session("cac-officer", Api.DEMO_PASSWORD);
        assertThat(cac.get("/enforcement/notices").body()).contains("发出下架通知");
        HttpResponse<String> issued = cac.post("/enforcement/notices", Map.of("filingNumber", number, "reason", "违规收集信息"));
        assertThat(issued.statusCode()).isEqualTo(302);
        String noticePath = URI.create(issued.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(cac.get(noticePath).body()).contains(number, "尚未回执的应用分发平台", "示例应用商店");
        assertThat(cac.get("/enforcement/notices").body()).contains(number);

        Session ca = new Session("ca-officer", Api.DEMO_PASSWORD);
        assertThat(ca.get("/enforcement/icp?creditCode=" + p.creditCode()).body()).contains(p.name(), "不得办理");
        assertThat(ca.get("/enforcement/icp?creditCode=123").body()).contains("统一社会信用代码无效");
        HttpResponse<String> shutdown = ca.post("/enforcement/icp/orders", Map.of("filingNumber", number, "kind", "SHUTDOWN",
                "reason", "拒不整改", "deadline", ""));
        assertThat(shutdown.statusCode()).isEqualTo(302);
        assertThat(ca.get("/enforcement/icp").body()).contains(number, "责令关闭");

        Session city = new Session("city-reviewer", Api.DEMO_PASSWORD);
        assertThat(city.get("/enforcement").body()).contains(number);
    }

    /** Issue 20 on the pages: the city finds refusal, the provider states its case, the city decides; documents open. */
    @Test
    void theProcedureRunsOnThePagesWithItsDocuments() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String orderId = new EnforcementFixtures(api()).order(filingId, Beijing.today(clock).plusDays(10).toString());
        String orderPath = "/enforcement/orders/" + orderId;

        Session city = new Session("city-reviewer", Api.DEMO_PASSWORD);
        assertThat(city.get(orderPath).body()).contains("认定拒不整改并立案", "限期整改通知书");
        assertThat(city.post(orderPath + "/refusal-finding", Map.of("evidence", "")).statusCode()).isEqualTo(302);
        assertThat(city.get(orderPath).body()).contains("认定拒不整改须写明证据");
        assertThat(city.post(orderPath + "/refusal-finding", Map.of("evidence", "约谈笔录：拒绝整改")).statusCode()).isEqualTo(302);
        String orderPage = city.get(orderPath).body();
        assertThat(orderPage).contains("约谈笔录：拒绝整改", "行政处理事先告知书", "认定拒不整改并立案");
        JsonNode order = api().get("/api/v1/rectifications/" + orderId, api().token("city-reviewer")).json();
        String casePath = "/enforcement/cases/" + order.path("caseIds").get(0).asString();
        assertThat(city.get(casePath).body()).contains("拒不整改", "已送达事先告知书，陈述申辩期内", "作出处理决定");
        assertThat(city.get("/enforcement/cases").body()).contains(casePath);

        Session provider = new Session(p.username(), Fixtures.PASSWORD);
        assertThat(provider.get(casePath).body()).contains("提交陈述申辩").doesNotContain("作出处理决定");
        assertThat(provider.post(casePath + "/statement", Map.of("text", "已按要求下线相关功能")).statusCode()).isEqualTo(302);
        assertThat(provider.get(casePath).body()).contains("已按要求下线相关功能", "已收到陈述申辩，待决定");

        assertThat(city.post(casePath + "/decision", Map.of("outcome", "REVOKE", "reasons", "陈述不足以推翻认定")).statusCode())
                .isEqualTo(302);
        String decided = city.get(casePath).body();
        assertThat(decided).contains("撤销备案并将该应用列入黑名单", "行政处理决定书", "提前移出黑名单", "登记行政复议或行政诉讼结果");
        JsonNode c = api().get("/api/v1/enforcement-cases/" + order.path("caseIds").get(0).asString(), p.token()).json();
        String documentId = null;
        for (JsonNode d : c.path("documents")) {
            if (d.path("kind").asString().equals("DECISION")) {
                documentId = d.path("id").asString();
            }
        }
        HttpResponse<String> docPage = provider.get("/documents/" + documentId);
        assertThat(docPage.body()).contains("行政处理决定书", "六十日内", "下载 PDF 文本");
        assertThat(provider.get("/documents/" + documentId + "/pdf").body()).startsWith("%PDF-");
        JsonNode opened = api().get("/api/v1/enforcement-cases/" + c.path("id").asString(), api().token("city-reviewer")).json();
        assertThat(opened.path("documents").toString()).contains("openedAt");
        boolean anyOpened = false;
        for (JsonNode d : opened.path("documents")) {
            anyOpened |= d.path("id").asString().equals(documentId) && !d.path("openedAt").isNull();
        }
        assertThat(anyOpened).as("the provider's first look is recorded").isTrue();
        Session stranger = new Session(fixtures().beijingCompany().username(), Fixtures.PASSWORD);
        assertThat(stranger.get("/documents/" + documentId).statusCode()).isEqualTo(404);

        Session cac = new Session("cac-officer", Api.DEMO_PASSWORD);
        assertThat(cac.get("/enforcement/bulletins").body()).contains(c.path("filingNumber").asString(), "下发下架处置通知");
    }
}
