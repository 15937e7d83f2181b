package cn.eduapp.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 22 in a browser: the city opens the mirror sync's page and runs it now (in-system mode: the demo's apps
 * "filed in other provinces"), then anyone finds them on the public 全国备案查询 by searching.
 */
class NationalMirrorBrowserIT extends BrowserTest {

    @Test
    void theCityRunsTheSyncAndThePublicFindsAZhejiangApp() {
        jdbc.sql("update national_sync_state set cursor = null where name = 'apps'").update();
        login("city-reviewer", Api.DEMO_PASSWORD);
        open("/national/sync");
        assertThat(text(By.tagName("h1"))).isEqualTo("全国备案同步");
        submitConfirmed(By.cssSelector("main form button[type=submit]"));
        assertThat(pageText()).contains("同步已运行", "national/demo-apps.csv", "最近一次：取得 3 条").doesNotContain("尚未运行");

        logout();
        open("/public/national-apps");
        assertThat(text(By.tagName("h1"))).isEqualTo("全国备案查询");
        type(By.id("q"), "之江口算");
        clickAndWait(By.cssSelector("form.search button[type=submit]"));
        assertThat(pageText()).contains("教APP备3300101号", "之江口算练习", "浙江省", "已备案").doesNotContain("申城英语听说");
    }
}
