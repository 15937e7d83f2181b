package cn.eduapp.registry.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.PageSession;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged service started with {@code --registry.demo=true} on a fresh data directory seeds its demo
 * samples: every demo login's 工作台 counts waiting work, the lists behind it are not empty; a restart on the
 * same directory seeds nothing twice.
 */
class DemoSamplesIT {

    /** What the city's filing list offers (drafts are the provider's own until submitted). */
    private static final String[] STATUSES = {"CITY_REVIEW", "RETURNED", "MOE_REVIEW", "REGISTERED", "REJECTED",
            "UNDER_RECTIFICATION", "REVOKED", "CANCELLED"};

    /** A waiting count on the 工作台: its number and its label. */
    private static final Pattern WAITING = Pattern.compile("class=\"count\">(\\d+)</span>\\s*<span[^>]*>([^<]+)</span>");

    @Test
    void aFreshDemoStartHasWorkOnEveryDemoLoginsFirstPageAndARestartSeedsNothingTwice() throws Exception {
        Path dataDir = Files.createTempDirectory("eduapp-demo");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Map<String, Long> totals;
        try (ServiceProcess service = new ServiceProcess(dataDir).start("--registry.demo=true",
                "--logging.level.cn.eduapp.registry.demo=INFO")) {
            await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(log).contains("Demo samples seeded in"));
            assertThat(Files.readString(log)).doesNotContain("Demo samples not (fully) seeded");
            Api api = service.api();

            totals = filingTotals(api);
            assertThat(totals.values()).as("filings by status for the city: %s", totals).allMatch(n -> n > 0);
            assertThat(totals.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(30);
            assertThat(total(api, "/api/v1/filings?status=DRAFT", "provider-demo")).isPositive();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(api.get("/api/v1/public/blacklist", null).json().get("total").asLong()).isPositive());
            assertThat(total(api, "/api/v1/complaints?status=RECEIVED", "city-reviewer")).isPositive();
            assertThat(total(api, "/api/v1/complaints?status=RESOLVED", "city-reviewer")).isPositive();
            for (String district : new String[] {"district-haidian", "district-chaoyang", "district-xicheng"}) {
                assertThat(total(api, "/api/v1/usage-filings", district)).as(district).isPositive();
            }

            String base = api.base();
            assertWaiting(base, "city-reviewer", "待市教委审核的备案", "待审核的变更", "待验收的整改", "七日内到期的整改", "待处理的投诉举报");
            assertWaiting(base, "moe-reviewer", "待教育部审核备案");
            assertWaiting(base, "ca-officer", "待处理的投诉举报");
            assertWaiting(base, "cac-officer", "待处理的投诉举报");
            assertWaiting(base, "appstore-demo", "待确认的下架处置通知");
            assertWaiting(base, "provider-demo", "退回补正的备案", "待整改事项");
            for (String institution : new String[] {"district-haidian", "school-haidian-1", "district-chaoyang",
                    "school-chaoyang-1", "district-xicheng", "school-xicheng-1"}) {
                // the use filings are marked when the revocation and the ban reach the usage module (after commit)
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertWaiting(base, institution, "所用应用状态变化、待处理的使用者备案"));
            }
        }

        try (ServiceProcess again = new ServiceProcess(dataDir).start("--registry.demo=true",
                "--logging.level.cn.eduapp.registry.demo=INFO")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log).contains("already in place"));
            assertThat(filingTotals(again.api())).isEqualTo(totals);
            String text = Files.readString(log);
            assertThat(text.split("Seeding demo samples", -1)).hasSize(2);
        }
    }

    private static Map<String, Long> filingTotals(Api api) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String status : STATUSES) {
            totals.put(status, total(api, "/api/v1/filings?status=" + status, "city-reviewer"));
        }
        return totals;
    }

    private static long total(Api api, String path, String username) {
        Api.Response r = api.get(path, api.token(username));
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
        return r.json().get("total").asLong();
    }

    /** Signs in on the login page and finds each label on the 工作台 with a count above zero. */
    private static void assertWaiting(String base, String username, String... labels) {
        PageSession page = new PageSession(base);
        HttpResponse<String> login = page.login(username, Api.DEMO_PASSWORD);
        assertThat(login.statusCode()).as(username).isEqualTo(302);
        HttpResponse<String> home = page.get("/home");
        assertThat(home.statusCode()).as(username).isEqualTo(200);
        Map<String, Long> waiting = new LinkedHashMap<>();
        Matcher m = WAITING.matcher(home.body());
        while (m.find()) {
            waiting.merge(m.group(2).trim(), Long.parseLong(m.group(1)), Long::sum);
        }
        for (String label : labels) {
            assertThat(waiting.getOrDefault(label, 0L)).as("%s: %s on %s", username, label, waiting).isPositive();
        }
    }
}
