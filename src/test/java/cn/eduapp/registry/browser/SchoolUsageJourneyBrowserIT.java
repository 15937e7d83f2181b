package cn.eduapp.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.BrowserTest;
import cn.eduapp.registry.support.Fixtures;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A school files its use of a registered app; the app is revoked; the school is told and its use needs action. */
class SchoolUsageJourneyBrowserIT extends BrowserTest {

    @Autowired
    FilingManagement filings;

    @Test
    void schoolFilesUseOfAnAppAndSeesTheNoticeWhenItIsRevoked() {
        Fixtures fx = fixtures();
        Fixtures.Provider provider = fx.beijingCompany();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String appName = "课后体育打卡" + marker;
        String filingId = fx.createFiling(provider, Fixtures.compliantApp(appName, Fixtures.uniqueAndroidId()));
        Fixtures.expect(api().post("/api/v1/filings/" + filingId + "/submit", provider.token()), 200);
        Fixtures.expect(api().post("/api/v1/filings/" + filingId + "/city-review", api().token("city-reviewer"),
                Api.json(java.util.Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        Fixtures.expect(api().post("/api/v1/filings/" + filingId + "/moe-review", api().token("moe-reviewer"),
                Api.json(java.util.Map.of("decision", "REGISTER"))), 200);
        String number = fx.filingNumber(filingId, provider);

        // the school searches the registered apps on the form, chooses one, fills in and confirms
        login("school-haidian-1", Api.DEMO_PASSWORD);
        open("/usage");
        clickAndWait(By.linkText("新建使用者备案"));
        type(By.id("q"), marker);
        clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(pageText()).contains(appName, number);
        clickAndWait(By.xpath("//tr[td[text()='" + number + "']]//a"));
        assertThat(driver.findElement(By.id("filingNumber")).getAttribute("value")).isEqualTo(number);
        assertThat(text(By.cssSelector("fieldset dl.facts"))).contains(appName);
        type(By.id("purpose"), "体育课课后锻炼打卡");
        check(By.cssSelector("input[type=checkbox][name=unifiedSelection]"));
        type(By.id("selectionApprovedBy"), "校长办公会");
        setValue(By.id("selectionDate"), "2026-09-01");
        screenshot("school-usage-form");
        submitConfirmed(By.cssSelector("form.form button[type=submit]"));
        waitFor(By.tagName("main"));
        assertThat(pageText()).contains(appName, number, "使用中");

        open("/usage?q=" + marker);
        assertThat(text(By.cssSelector("main table tbody"))).contains(appName, "使用中");
        int unreadBefore = unreadBadge();
        screenshot("school-usage-list");

        // the app is revoked: the school is told (header badge, notifications page) and its use needs action
        filings.revoke(filingId, new Actor("city-reviewer", ""), "逾期未整改");
        reloadUntil(() -> unreadBadge() > unreadBefore, Duration.ofSeconds(20));
        reloadUntil(() -> text(By.cssSelector("main table tbody")).contains("需处理"), Duration.ofSeconds(20));
        assertThat(text(By.cssSelector("main table tbody"))).contains(appName, "需处理");
        screenshot("school-usage-action-required");

        clickAndWait(By.cssSelector(".account a.notification-badge"));
        assertThat(driver.findElement(By.xpath("//main//tr[td[text()='" + number + "']]")).getText()).contains("【新】", "备案撤销");
        screenshot("school-notifications");
    }

    /** The unread count in the header (loaded by htmx after the page). */
    private int unreadBadge() {
        return Integer.parseInt(waitForText(By.cssSelector(".account .notification-badge .badge"), t -> t.matches("\\d+")));
    }
}
