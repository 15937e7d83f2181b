package cn.eduapp.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.BrowserTest;
import cn.eduapp.registry.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The city orders rectification (through the API); the provider answers on its orders page; the city's
 * dashboard counts the order as answered, and the city accepts the answer on the order page. The other order
 * (issue 20): the city finds 拒不整改 with its evidence, which opens a case whose prior notice the provider reads
 * and answers with a statement and an attachment; nothing is revoked until a reviewer decides.
 */
class RectificationJourneyBrowserIT extends BrowserTest {

    @Test
    void providerAnswersAnOrderAndTheCityAcceptsItOnTheOrderPage() throws Exception {
        Fixtures fx = fixtures();
        Fixtures.Provider provider = fx.beijingCompany();
        String answeredFiling = fx.registered(provider);
        String openFiling = fx.registered(provider);
        String answeredApp = appName(answeredFiling, provider);
        String openApp = appName(openFiling, provider);

        // the city's counts before: the browser reads them as a person would
        login("city-reviewer", Api.DEMO_PASSWORD);
        open("/enforcement");
        int openBefore = count("open");
        int respondedBefore = count("responded");

        String city = api().token("city-reviewer");
        String deadline = Beijing.today(clock).plusDays(15).toString();
        String orderId = Fixtures.expect(api().post("/api/v1/rectifications", city, Api.json(Map.of("filingId", answeredFiling,
                "reason", "未在显著位置公示投诉渠道", "clause", "京教信〔2022〕5号 三(六)", "deadline", deadline))), 201).text("id");
        Fixtures.expect(api().post("/api/v1/rectifications", city, Api.json(Map.of("filingId", openFiling,
                "reason", "隐私政策未说明未成年人信息处理规则", "clause", "京教信〔2022〕5号 三(六)", "deadline", deadline))), 201);

        open("/enforcement");
        assertThat(count("open")).isEqualTo(openBefore + 2);
        assertThat(count("responded")).isEqualTo(respondedBefore);

        // the provider finds the order among its own and answers it
        login(provider.username(), Fixtures.PASSWORD);
        open("/enforcement/orders");
        assertThat(pageText()).contains(answeredApp, openApp, "待整改");
        screenshot("provider-orders");
        clickAndWait(By.linkText(answeredApp));
        assertThat(pageText()).contains("未在显著位置公示投诉渠道", "京教信〔2022〕5号 三(六)");
        type(By.id("description"), "已在应用首页和“我的”页面增加投诉举报入口，并公示处理时限。");
        screenshot("provider-order-answer");
        clickAndWait(By.cssSelector(".decision form button[type=submit]"));
        assertThat(pageText()).contains("整改情况已提交", "已在应用首页和“我的”页面增加投诉举报入口");
        assertThat(text(By.cssSelector("h1 .badge"))).isEqualTo("已反馈，待审核");
        assertThat(driver.findElements(By.id("description"))).isEmpty();

        // the city's dashboard: one open order fewer, one answered more, and it is in the answered list
        login("city-reviewer", Api.DEMO_PASSWORD);
        open("/enforcement");
        assertThat(count("open")).isEqualTo(openBefore + 1);
        assertThat(count("responded")).isEqualTo(respondedBefore + 1);
        screenshot("city-enforcement-dashboard");
        open("/enforcement/orders?list=responded&q=" + answeredApp);
        assertThat(pageText()).contains(answeredApp).doesNotContain(openApp);
        open("/enforcement/orders?list=open&q=" + openApp);
        assertThat(pageText()).contains(openApp);

        // the city accepts the answer on the order page
        open("/enforcement/orders?list=responded&q=" + answeredApp);
        clickAndWait(By.linkText(answeredApp));
        assertThat(driver.getCurrentUrl()).endsWith("/enforcement/orders/" + orderId);
        assertThat(pageText()).contains("已在应用首页和“我的”页面增加投诉举报入口");
        driver.findElement(By.cssSelector("input[name=accepted][value=true]")).click();
        type(By.id("comment"), "整改到位");
        screenshot("city-order-decision");
        submitConfirmed(By.cssSelector(".decision form button[type=submit]"));
        assertThat(waitFor(By.cssSelector("h1 .badge")).getText()).isEqualTo("整改验收通过");
        assertThat(pageText()).contains("整改到位");
        assertThat(api().get("/api/v1/filings/" + answeredFiling, provider.token()).text("status")).isEqualTo("REGISTERED");
        open("/enforcement");
        assertThat(count("responded")).isEqualTo(respondedBefore);

        // the other order: the city finds refusal on the order page, and a case opens with its prior notice
        open("/enforcement/orders?list=open&q=" + openApp);
        clickAndWait(By.linkText(openApp));
        type(By.id("refusal-evidence"), "2026年约谈记录：提供者明确表示不予整改");
        submitConfirmed(By.cssSelector("form[action$='/refusal-finding'] button[type=submit]"));
        assertThat(pageText()).contains("已认定拒不整改", "行政处理事先告知书", "2026年约谈记录");
        assertThat(api().get("/api/v1/filings/" + openFiling, provider.token()).text("status")).isEqualTo("UNDER_RECTIFICATION");
        clickAndWait(By.partialLinkText("处理案件"));
        assertThat(pageText()).contains("已送达事先告知书，陈述申辩期内", "作出处理决定");
        screenshot("city-enforcement-case");

        // the provider reads the prior notice and states its case
        login(provider.username(), Fixtures.PASSWORD);
        open("/enforcement/cases");
        clickAndWait(By.linkText(openApp));
        clickAndWait(By.linkText("网页"));
        assertThat(pageText()).contains("行政处理事先告知书", "陈述和申辩");
        driver.navigate().back();
        type(By.id("statement-text"), "我单位已于约谈后完成整改，请求不予撤销。");
        // with the rectification report attached (a PDF, chosen through the page's file input)
        Path report = Files.createTempFile("整改报告", ".pdf");
        Files.write(report, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        driver.findElement(By.id("statement-attachments")).sendKeys(report.toAbsolutePath().toString());
        screenshot("provider-enforcement-statement");
        clickAndWait(By.cssSelector(".decision form button[type=submit]"));
        assertThat(pageText()).contains("陈述申辩已提交", "已收到陈述申辩，待决定", "陈述申辩附件", report.getFileName().toString());
        Files.delete(report);
    }

    private String appName(String filingId, Fixtures.Provider p) {
        return api().get("/api/v1/filings/" + filingId, p.token()).json().path("app").path("name").asString();
    }

    /** The figure on the dashboard's card for one list. */
    private int count(String list) {
        return Integer.parseInt(text(By.xpath("//ul[contains(@class,'cards')]/li[a[contains(@href,'list=" + list
                + "')]]/p[contains(@class,'count')]")).trim());
    }
}
