package cn.eduapp.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.enforcement.EnforcementFixtures;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.BrowserTest;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.PublicationFixtures;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Every page each kind of user can reach, opened as that user on a phone-sized window (390 px): from the
 * navigation, the landing page and the links on those pages, each page is a page (never the error page),
 * speaks Chinese (no enum names, no unfilled {n}), fits the screen without sideways scrolling, and has
 * no text below the contrast WCAG AA asks for.
 */
class EveryPageBrowserIT extends BrowserTest {

    private static final int PAGES_PER_ROLE = 32;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void signedOutVisitor() {
        String number = new PublicationFixtures(api()).registered(fixtures().beijingCompany(), "公开页面巡检应用").filingNumber();
        logout();
        crawl("public", List.of("/", "/public/whitelist", "/public/blacklist", "/public/filings/" + number,
                "/public/national-apps", "/public/complaints/new", "/public/complaints/track", "/login", "/register", "/claim",
                "/disputes/new", "/disputes/track"));
    }

    @Test
    void anUnknownAddressIsANotFoundPageForEveryone() {
        logout();
        open("/no/such/page");
        assertThat(driver.findElements(By.cssSelector("main.error-page"))).isNotEmpty();
        assertThat(text(By.tagName("h1"))).contains("404");
        assertThat(driver.getCurrentUrl()).endsWith("/no/such/page");
    }

    @Test
    void provider() {
        Fixtures.Provider p = fixtures().beijingCompany();
        PublicationFixtures apps = new PublicationFixtures(api());
        PublicationFixtures.App registered = apps.registered(p, "巡检已备案应用");
        apps.draft(p, "巡检草稿应用", Fixtures.uniqueAndroidId());
        fixtures().submitted(p);
        new EnforcementFixtures(api()).order(registered.id(), clock.instant().plus(Duration.ofDays(20)));
        // issue 21: a pending change request, so the change page lists one
        api().post("/api/v1/providers/" + p.id() + "/change-requests", p.token(),
                Api.json(Map.of("address", "北京市海淀区巡检路1号", "reason", "住所变更")));
        login(p.username(), Fixtures.PASSWORD);
        crawl("provider", List.of("/home", "/provider/changes", "/provider/closure"));
    }

    /** Issue 21: a provider the city has not verified (refused, with its reason) sees its status and uploads again. */
    @Test
    void unverifiedProvider() {
        Fixtures.Provider p = fixtures().registerUnverified("FOR_PROFIT", cn.eduapp.registry.support.CreditCodes.generate("91", "110108"));
        fixtures().uploadDocuments(p);
        api().post("/api/v1/providers/" + p.id() + "/verification", api().token("city-reviewer"),
                Api.json(Map.of("verified", false, "comment", "授权委托书未加盖公章")));
        String filing = fixtures().createFiling(p, a -> { });
        login(p.username(), Fixtures.PASSWORD);
        crawl("unverified provider", List.of("/provider/profile", "/filings/" + filing + "/check"));
    }

    @Test
    void cityReviewer() {
        Fixtures.Provider p = fixtures().beijingCompany();
        fixtures().submitted(p);
        String registered = fixtures().registered(p);
        new EnforcementFixtures(api()).order(registered, clock.instant().plus(Duration.ofDays(20)));
        api().post("/api/v1/public/complaints", null, Api.json(Map.of("category", "ADVERTISING", "appName", "巡检投诉应用",
                "description", "应用首页弹出游戏广告，点击后跳转到游戏下载页面。")));
        // issue 21: a change request in the city's queue, an imported provider to issue a claim code for, a provider
        // waiting for the city's check (单位核验 and its detail page)
        api().post("/api/v1/providers/" + p.id() + "/change-requests", p.token(),
                Api.json(Map.of("legalRepresentative", "巡检人", "reason", "法定代表人变更")));
        String imported = cn.eduapp.registry.provider.ImportedProviders.importOne(api(), jdbc).providerId();
        Fixtures.Provider waiting = fixtures().registerUnverified("FOR_PROFIT", cn.eduapp.registry.support.CreditCodes.generate("91", "110108"));
        fixtures().uploadDocuments(waiting);
        // issue 21: a dispute over the provider's credit code, with both documents
        cn.eduapp.registry.support.Multipart dispute = cn.eduapp.registry.support.Multipart.of(Map.of("creditCode",
                p.creditCode(), "organisationName", "巡检争议单位", "contactName", "赵六", "contactPhone", "13700000000",
                "contactEmail", "zhao@example.cn", "statement", "代码属于本单位"), List.of(
                new cn.eduapp.registry.support.Multipart.File("registrationCertificate", "执照.pdf", Fixtures.PDF),
                new cn.eduapp.registry.support.Multipart.File("authorisationLetter", "委托书.pdf", Fixtures.PDF)));
        api().send("POST", "/api/v1/providers/disputes", null, dispute.contentType(), dispute.body());
        String disputeId = jdbc.sql("select id::text from provider_dispute where provider_id = ?::uuid").param(p.id())
                .query(String.class).single();
        login("city-reviewer", Api.DEMO_PASSWORD);
        crawl("city-reviewer", List.of("/home", "/national/submissions", "/national/sync", "/provider-change-requests",
                "/providers/" + imported + "/claim-code", "/providers/verification", "/providers/verification/" + waiting.id(),
                "/provider-disputes", "/provider-disputes/" + disputeId));
    }

    @Test
    void nationalReviewer() {
        fixtures().approvedByCity(fixtures().beijingCompany());
        staff("moe-reviewer");
    }

    @Test
    void communicationsAdministration() {
        staff("ca-officer");
    }

    @Test
    void cyberspaceAdministration() {
        staff("cac-officer");
    }

    @Test
    void districtAndSchool() {
        staff("district-haidian");
        staff("school-haidian-1");
    }

    @Test
    void appStore() {
        staff("appstore-demo");
    }

    private void staff(String username) {
        login(username, Api.DEMO_PASSWORD);
        crawl(username, List.of("/home"));
    }

    private void crawl(String who, List<String> start) {
        PageCrawl crawl = new PageCrawl(PAGES_PER_ROLE);
        crawl.walk(start, path -> inspect(who, path));
        assertThat(crawl.visited).as(who + " reached pages").isNotEmpty();
        assertThat(problems).as(who + ": pages that fail a person, after " + crawl.visited.size() + " pages:\n"
                + String.join("\n", problems)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> inspect(String who, String path) {
        open(path);
        String where = who + " " + path;
        if (!driver.findElements(By.cssSelector("main.error-page")).isEmpty() || driver.findElements(By.tagName("main")).isEmpty()) {
            problems.add(where + ": error page " + driver.findElement(By.tagName("body")).getText().lines().limit(8).toList());
            return List.of();
        }
        String visible = (String) script("""
                var copy = document.body.cloneNode(true);
                copy.querySelectorAll('code, kbd, samp, script, style, template, noscript, textarea').forEach(function (e) { e.remove(); });
                return copy.textContent;""");
        PageCrawl.wordsNotForPeople(visible).forEach(w -> problems.add(where + ": not for people: " + w));
        long tooWide = ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
        if (tooWide > 0) {
            problems.add(where + ": " + tooWide + " px wider than a 390 px phone");
        }
        try {
            colourContrast().forEach(v -> problems.add(where + ": " + v));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return (List<String>) script("return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.getAttribute('href'); });");
    }
}
