package cn.eduapp.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.BrowserTest;
import cn.eduapp.registry.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The CAC's and the CA's work: app-store accounts and takedown notices; the ICP precondition. */
class JointSupervisionBrowserIT extends BrowserTest {

    @Test
    void cacCreatesAnAppStoreAccountIssuesANoticeAndSeesWhoAcknowledged() {
        Fixtures fx = fixtures();
        Fixtures.Provider provider = fx.beijingCompany();
        String filingId = fx.registered(provider);
        String number = fx.filingNumber(filingId, provider);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String storeName = "浏览器测试应用商店" + suffix;
        String storeUser = "store-" + suffix;

        // the account, with its password shown once
        login("cac-officer", Api.DEMO_PASSWORD);
        open("/distribution/app-stores");
        type(By.id("name"), storeName);
        type(By.id("username"), storeUser);
        clickAndWait(By.cssSelector("main form.form button[type=submit]"));
        WebElement credentials = waitFor(By.cssSelector("section[aria-labelledby=cred-title]"));
        assertThat(credentials.getText()).contains(storeName, storeUser, "只显示这一次");
        String password = credentials.findElement(By.xpath(".//dd[3]/code")).getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        screenshot("cac-app-store-created");
        driver.navigate().refresh();
        waitFor(By.tagName("main"));
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=cred-title]"))).isEmpty();
        assertThat(pageText()).contains(storeName, storeUser).doesNotContain(password);

        // a takedown notice, issued on the notices page
        open("/enforcement/notices");
        type(By.id("filingNumber"), number);
        type(By.id("reason"), "应用内含与学习无关的游戏链接");
        submitConfirmed(By.cssSelector("form[action='/enforcement/notices'] button[type=submit]"));
        waitFor(By.tagName("main"));
        assertThat(driver.getCurrentUrl()).contains("/enforcement/notices/");
        assertThat(pageText()).contains(number, "应用内含与学习无关的游戏链接");
        assertThat(text(By.xpath("//section[h2[contains(.,'尚未回执')]]"))).contains(storeName, "示例应用商店");
        String noticeUrl = driver.getCurrentUrl();

        // the new store signs in to the API with the password it was given and acknowledges
        String token = api().login(storeUser, password);
        JsonNode mine = null;
        for (JsonNode n : Fixtures.expect(api().get("/api/v1/distribution/notices", token), 200).json().path("items")) {
            if (number.equals(n.path("filingNumber").asString())) {
                mine = n;
            }
        }
        assertThat(mine).as("the notice reaches the new store").isNotNull();
        Fixtures.expect(api().post("/api/v1/distribution/notices/" + mine.path("id").asString() + "/ack", token,
                Api.json(Map.of("action", "NOT_LISTED"))), 200);

        // the CAC sees who acknowledged and who is silent
        driver.get(noticeUrl);
        String acknowledged = text(By.xpath("//section[h2[contains(.,'已回执的')]]"));
        String silent = text(By.xpath("//section[h2[contains(.,'尚未回执')]]"));
        assertThat(acknowledged).contains(storeName);
        assertThat(silent).contains("示例应用商店").doesNotContain(storeName);
        screenshot("cac-notice-acknowledgements");
        open("/enforcement/notices");
        screenshot("cac-notices");
    }

    @Test
    void caLooksUpTheIcpPrecondition() {
        Fixtures fx = fixtures();
        Fixtures.Provider permitted = fx.beijingCompany();
        fx.licenceForSubjectTraining(permitted);
        Fixtures.Provider unpermitted = fx.beijingCompany();

        login("ca-officer", Api.DEMO_PASSWORD);
        open("/enforcement/icp");
        type(By.id("creditCode"), permitted.creditCode());
        clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        String facts = text(By.cssSelector("dl.facts"));
        assertThat(facts).contains(permitted.creditCode(), permitted.name(), "可以办理", "京线上培训2025001");
        screenshot("ca-icp-eligible");

        type(By.id("creditCode"), unpermitted.creditCode());
        clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        facts = text(By.cssSelector("dl.facts"));
        assertThat(facts).contains(unpermitted.creditCode(), unpermitted.name(), "不得办理").doesNotContain("可以办理");
        screenshot("ca-icp-not-eligible");
    }
}
