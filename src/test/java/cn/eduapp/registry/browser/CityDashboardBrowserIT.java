package cn.eduapp.registry.browser;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.BrowserTest;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.UsageFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/** The city reviewer opens the figures page: ECharts draws every chart from the page's data, without errors. */
class CityDashboardBrowserIT extends BrowserTest {

    static final List<String> CHARTS = List.of("chart-filings-status", "chart-filings-category", "chart-registrations",
            "chart-complaints-category", "chart-complaints-ontime", "chart-orders", "chart-districts");

    @Test
    void cityReviewerSeesEveryChartDrawnAndTheNumbersAsTables() {
        someActivity();
        JsonNode figures = expect(api().get("/api/v1/dashboard", api().token("city-reviewer")), 200).json();

        login("city-reviewer", Api.DEMO_PASSWORD);
        // the header groups staff links by task: the dashboard sits in the 监管 menu
        driver.findElement(By.xpath("//nav//details[.//a[@href='/dashboard']]/summary")).click();
        assertThat(driver.findElement(By.cssSelector("nav a[href='/dashboard']")).getText()).isEqualTo("数据看板");
        clickAndWait(By.cssSelector("nav a[href='/dashboard']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("全市数据看板");

        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> Boolean.TRUE.equals(js.executeScript("return window.__chartsReady === true")));
        for (String chart : CHARTS) {
            WebElement canvas = waitFor(By.cssSelector("#" + chart + " canvas"));
            assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(100);
            assertThat(canvas.getSize().getHeight()).as(chart).isGreaterThan(100);
        }
        assertThat((List<?>) js.executeScript("return window.__chartErrors")).isEmpty();

        // the same numbers, readable without the charts
        assertThat(text(By.id("kpi-filings"))).isEqualTo(figures.path("filings").path("total").asString());
        assertThat(driver.findElements(By.cssSelector("#table-registrations tbody tr"))).hasSize(12);
        assertThat(driver.findElements(By.cssSelector("#table-filings-status tbody tr"))).hasSize(9);
        assertThat(driver.findElement(By.cssSelector("#table-filings-status caption")).getAttribute("textContent"))
                .isEqualTo("各状态备案数（按类别）");
        assertThat(driver.findElement(By.cssSelector("#table-orders tr[data-figure=open] td")).getAttribute("textContent"))
                .isEqualTo(figures.path("rectifications").path("open").asString());
        WebElement summary = driver.findElement(By.cssSelector("#table-complaints-category"))
                .findElement(By.xpath("ancestor::details/summary"));
        summary.click();
        assertThat(text(By.cssSelector("#table-complaints-category tr[data-category=ADVERTISING] td")))
                .isEqualTo(count(figures.path("complaints").path("byCategory"), "category", "ADVERTISING"));
        summary.click();

        // WCAG 2.1 AA on the page's own content (the shared header is checked with the public pages)
        assertThat(seriousAccessibilityViolations(js)).isEmpty();

        // the whole page, for people to look at
        for (int i = 0; i < 2; i++) { // the window's own frame takes some of its height: measure twice
            long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
            long inner = (Long) js.executeScript("return window.innerHeight");
            int outer = driver.manage().window().getSize().getHeight();
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + (outer - inner), 5000)));
        }
        js.executeScript("window.dispatchEvent(new Event('resize')); window.scrollTo(0, 0)");
        screenshot("city-dashboard");
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void otherRolesAreRefused() {
        login("school-haidian-1", Api.DEMO_PASSWORD);
        assertThat(driver.findElements(By.cssSelector("nav a[href='/dashboard']"))).isEmpty();
        open("/dashboard");
        assertThat(driver.findElements(By.id("figures"))).isEmpty();
        assertThat(pageText()).doesNotContain("全市数据看板");
    }

    /** axe-core (the test-scoped webjar) on #main: the rules of WCAG 2.1 A and AA, serious and critical findings. */
    @SuppressWarnings("unchecked")
    private static List<String> seriousAccessibilityViolations(JavascriptExecutor js) {
        try (var in = CityDashboardBrowserIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core webjar").isNotNull();
            js.executeScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return (List<String>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run('#main', {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));
                  }, function (e) { done(['axe failed: ' + e]); });
                """);
    }

    /** A few filings, a use filing, an order and complaints, so the charts have something to show. */
    private void someActivity() {
        Fixtures fx = fixtures();
        Fixtures.Provider provider = fx.beijingNonProfit();
        fx.licenceForSubjectTraining(provider);
        String registered = fx.registered(provider);
        fx.submitted(provider);
        String subject = fx.createFiling(provider, Fixtures.subjectTrainingApp("测试数学" + suffix(), Fixtures.uniqueAndroidId()));
        expect(api().post("/api/v1/filings/" + subject + "/submit", provider.token()), 200);
        String second = fx.registered(provider);
        UsageFixtures usage = new UsageFixtures(api());
        expect(usage.file(api().token("school-haidian-1"), UsageFixtures.useOf(fx.filingNumber(registered, provider))), 201);
        UsageFixtures.Institution district = usage.district();
        usage.uses(usage.school(district), fx.filingNumber(registered, provider));
        usage.uses(usage.school(district), fx.filingNumber(second, provider));
        expect(api().post("/api/v1/rectifications", api().token("city-reviewer"), Api.json(Map.of("filingId", registered,
                "reason", "应用内存在诱导未成年人消费的内容", "clause", "京教信〔2022〕5号 三",
                "deadline", clock.instant().plus(Duration.ofDays(2)).toString()))), 201);
        String tracking = null;
        for (String category : List.of("ADVERTISING", "ADVERTISING", "GAME_LINKS", "FEES", "UNFILED_APP")) {
            tracking = expect(api().post("/api/v1/public/complaints", null, Api.json(Map.of("category", category,
                    "appName", "被投诉应用" + suffix(), "description", "应用首页弹出游戏广告，点击后跳转到游戏下载页面。"))), 201)
                    .text("trackingNumber");
        }
        for (JsonNode item : expect(api().get("/api/v1/complaints?size=200", api().token("city-reviewer")), 200).json().path("items")) {
            if (item.path("trackingNumber").asString().equals(tracking)) {
                expect(api().post("/api/v1/complaints/" + item.path("id").asString() + "/resolve", api().token("city-reviewer"),
                        Api.json(Map.of("outcome", "UNSUBSTANTIATED", "feedback", "经核查，该应用已备案。"))), 200);
            }
        }
    }

    private static String count(JsonNode list, String key, String value) {
        for (JsonNode item : list) {
            if (item.path(key).asString().equals(value)) {
                return item.path("count").asString();
            }
        }
        throw new AssertionError("no " + value);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
