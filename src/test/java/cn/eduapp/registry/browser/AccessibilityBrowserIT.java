package cn.eduapp.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.BrowserTest;
import cn.eduapp.registry.support.Fixtures;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * axe-core on every public page (WCAG 2.1 A and AA rules): no serious or critical violation; the public
 * pages at a phone's width without sideways scrolling; screenshots of every role's main pages.
 */
class AccessibilityBrowserIT extends BrowserTest {

    @AfterEach
    void desktopWindow() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void publicPagesHaveNoSeriousOrCriticalViolations() throws IOException {
        String number = registeredAppOnTheWhiteList();
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String path : publicPages(number)) {
            open(path);
            List<String> found = axe();
            if (!found.isEmpty()) {
                violations.put(path, found);
            }
        }
        // a search with results, typed as a person would
        open("/public/whitelist");
        type(By.id("q"), "体育");
        clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        List<String> found = axe();
        if (!found.isEmpty()) {
            violations.put("/public/whitelist (search)", found);
        }
        // a form shown again with its errors next to the fields
        open("/public/complaints/new");
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        found = axe();
        if (!found.isEmpty()) {
            violations.put("/public/complaints/new (errors)", found);
        }
        // a failed sign-in, and the registration form shown again with its errors
        open("/login");
        type(By.id("username"), "nobody");
        type(By.id("password"), "wrong-password");
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        found = axe();
        if (!found.isEmpty()) {
            violations.put("/login (failed)", found);
        }
        open("/register");
        type(By.id("creditCode"), "91110108MA01XJ3K2B");
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        found = axe();
        if (!found.isEmpty()) {
            violations.put("/register (errors)", found);
        }
        StringBuilder report = new StringBuilder();
        violations.forEach((page, list) -> report.append(page).append(":\n  ").append(String.join("\n  ", list)).append('\n'));
        assertThat(violations).as("serious or critical axe-core violations:\n" + report).isEmpty();
    }

    /** The check can fail: a field without a label, put on a page, is reported with its rule and node. */
    @Test
    void theCheckReportsAViolationWhenThereIsOne() throws IOException {
        open("/public/complaints/track");
        waitFor(By.tagName("main"));
        script("var i = document.createElement('input'); i.id = 'unlabelled-probe'; document.querySelector('main').appendChild(i);");
        assertThat(axe()).anySatisfy(v -> assertThat(v).startsWith("label (critical)").contains("#unlabelled-probe"));
    }

    /** The first Tab lands on the skip link, which is then visible and leads to the page's main content. */
    @Test
    void keyboardUsersCanSkipToTheContent() {
        logout();
        open("/public/complaints/track");
        waitFor(By.tagName("main"));
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        org.openqa.selenium.WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.isDisplayed()).isTrue();
        assertThat(focused.getRect().getY()).isGreaterThanOrEqualTo(0);
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#main");
        // the form works from the keyboard: Enter in a field submits it
        type(By.id("trackingNumber"), "TS20260101-NOSUCH");
        type(By.id("accessCode"), "NOSUCHCODE");
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("accessCode")).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitUntilReplaced(page);
        assertThat(waitFor(By.cssSelector("main .errors[role=alert]")).getText()).isNotBlank();
    }

    @Test
    void publicPagesFitAPhoneScreen() {
        String number = registeredAppOnTheWhiteList();
        driver.manage().window().setSize(new Dimension(390, 844));
        List<String> scrolling = new ArrayList<>();
        for (String path : publicPages(number)) {
            open(path);
            long overflow = ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
            long bodyOverflow = ((Number) script("return document.body.scrollWidth - document.body.clientWidth;")).longValue();
            if (overflow > 0 || bodyOverflow > 0) {
                scrolling.add(path + " (" + Math.max(overflow, bodyOverflow) + " px too wide)");
            }
            screenshot("phone-" + shotName(path));
        }
        assertThat(scrolling).as("pages that scroll sideways at 390 px").isEmpty();
    }

    @Test
    void everyRolesMainPages() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("city-reviewer", List.of("/home", "/filings?status=CITY_REVIEW", "/enforcement", "/complaints", "/usage/districts",
                "/agency-accounts", "/account/second-factor", "/enforcement/cases", "/admin/holidays?year=2026"));
        pages.put("moe-reviewer", List.of("/home", "/filings?status=MOE_REVIEW"));
        pages.put("ca-officer", List.of("/home", "/enforcement/icp", "/complaints"));
        pages.put("cac-officer", List.of("/home", "/distribution/app-stores", "/enforcement/notices", "/distribution/alerts",
                "/enforcement/bulletins"));
        pages.put("district-haidian", List.of("/home", "/usage", "/institutions"));
        pages.put("school-haidian-1", List.of("/home", "/usage", "/notifications"));
        for (var role : pages.entrySet()) {
            login(role.getKey(), Api.DEMO_PASSWORD);
            for (String path : role.getValue()) {
                open(path);
                waitFor(By.tagName("main"));
                assertThat(text(By.tagName("h1"))).as(role.getKey() + " " + path).isNotBlank();
                assertThat(pageText()).as(role.getKey() + " " + path).doesNotContain("Whitelabel", "Exception", "??");
                screenshot(role.getKey() + "-" + shotName(path));
            }
        }
        Fixtures.Provider provider = fixtures().beijingCompany();
        login(provider.username(), Fixtures.PASSWORD);
        for (String path : List.of("/home", "/filings", "/filings/new", "/provider/profile", "/enforcement/orders")) {
            open(path);
            assertThat(text(By.tagName("h1"))).as("provider " + path).isNotBlank();
            assertThat(pageText()).as("provider " + path).doesNotContain("Whitelabel", "Exception", "??");
            screenshot("provider-" + shotName(path));
        }
        logout();
        for (String path : List.of("/", "/public/whitelist", "/public/blacklist", "/public/complaints/new")) {
            open(path);
            screenshot("public-" + shotName(path));
        }
    }

    /** A file name for a page's screenshot, the same on every run. */
    private static String shotName(String path) {
        if (path.startsWith("/public/filings/")) {
            return "filing-detail";
        }
        String name = path.replaceAll("^/(public/)?", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
        return name.isEmpty() ? "start" : name;
    }

    private List<String> publicPages(String number) {
        return List.of("/", "/login", "/register", "/public/whitelist", "/public/blacklist", "/public/filings/" + number,
                "/public/complaints/new", "/public/complaints/track", "/public/log");
    }

    /** A registered app, once the white list shows it (the list follows asynchronously). */
    private String registeredAppOnTheWhiteList() {
        Fixtures fx = fixtures();
        Fixtures.Provider p = fx.beijingCompany();
        String name = "无障碍体育" + UUID.randomUUID().toString().substring(0, 6);
        String id = fx.createFiling(p, Fixtures.compliantApp(name, Fixtures.uniqueAndroidId()));
        Fixtures.expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        Fixtures.expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        Fixtures.expect(api().post("/api/v1/filings/" + id + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        String number = fx.filingNumber(id, p);
        logout();
        open("/public/whitelist?q=" + name);
        reloadUntil(() -> pageText().contains(number), Duration.ofSeconds(20));
        return number;
    }
}
