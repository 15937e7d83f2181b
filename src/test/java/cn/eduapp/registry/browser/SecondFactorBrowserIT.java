package cn.eduapp.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.BrowserTest;
import cn.eduapp.registry.support.TotpCodes;
import cn.eduapp.registry.support.UsageFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A district's staff member turns on the second factor in the browser and signs in with a code. */
class SecondFactorBrowserIT extends BrowserTest {


    @Test
    void staffTurnOnTheSecondFactorAndThenSignInWithACode() throws Exception {
        UsageFixtures.Institution staff = new UsageFixtures(api()).district();
        TotpCodes.startOfAStep(clock);

        login(staff.username(), UsageFixtures.PASSWORD);
        clickAndWait(By.linkText("两步验证"));
        assertThat(text(By.id("second-factor-status"))).contains("未启用");
        clickAndWait(By.xpath("//button[text()='开始设置']"));
        assertThat(driver.findElement(By.cssSelector(".qr svg")).getAttribute("aria-label")).isNotBlank();
        assertThat(axe()).as("the set-up page").isEmpty();
        String secret = text(By.id("secret"));
        screenshot("second-factor-setup");

        type(By.id("code"), TotpCodes.at(secret, clock.instant()));
        clickAndWait(By.xpath("//button[text()='确认启用']"));
        assertThat(pageText()).contains("两步验证已启用");
        assertThat(text(By.id("second-factor-status"))).contains("已启用");

        // the next login: the password alone is sent back with a word about the code
        clock.advance(Duration.ofSeconds(30));
        logout();
        open("/login");
        type(By.id("username"), staff.username());
        type(By.id("password"), UsageFixtures.PASSWORD);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/login?code");
        assertThat(text(By.cssSelector("main .errors"))).contains("6 位动态验证码");
        assertThat(axe()).as("the login page with its message").isEmpty();

        type(By.id("username"), staff.username());
        type(By.id("password"), UsageFixtures.PASSWORD);
        type(By.id("code"), TotpCodes.at(secret, clock.instant()));
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(text(By.cssSelector(".account .who"))).contains(staff.name());
    }
}
