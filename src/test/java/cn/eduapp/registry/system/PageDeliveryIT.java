package cn.eduapp.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How pages reach visitors: anonymous page views make no server session and set no cookie; static files
 * have content-hashed URLs cached for a year; a path nothing answers is a 404 page, signed in or not.
 */
class PageDeliveryIT extends IntegrationTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    @Test
    void anonymousPageViewsLeaveNoSessionAndNoCookie() {
        long sessionsBefore = sessions();
        PageSession visitor = new PageSession("http://localhost:" + port);
        for (String path : List.of("/", "/public/whitelist", "/public/whitelist?q=%E6%95%B0%E5%AD%A6", "/public/blacklist")) {
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> page = visitor.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.headers().allValues("Set-Cookie")).as(path + " cookies").isEmpty();
            }
        }
        assertThat(sessions()).isEqualTo(sessionsBefore);
    }

    @Test
    void anonymousFormsStillCarryACsrfTokenWithoutASession() {
        long sessionsBefore = sessions();
        HttpResponse<String> form = new PageSession("http://localhost:" + port).get("/public/complaints/new");
        assertThat(PageSession.csrfOf(form.body())).isNotBlank();
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("HttpOnly"));
        assertThat(sessions()).isEqualTo(sessionsBefore);
        // a form posted without its token is still refused
        HttpResponse<String> forged = new PageSession("http://localhost:" + port).postForm("/public/complaints/track",
                java.util.Map.of("trackingNumber", "TS20260101-AAAAAA", "accessCode", "AAAAAAAAAA"));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void staticFilesHaveHashedUrlsCachedForAYear() {
        PageSession visitor = new PageSession("http://localhost:" + port);
        String page = visitor.get("/public/whitelist").body();
        Matcher m = ASSET.matcher(page);
        int assets = 0;
        while (m.find()) {
            String url = m.group(1);
            assertThat(url).as("content hash in " + url).matches(".*-[0-9a-f]{32}\\.(css|js)$");
            HttpResponse<String> file = visitor.get(url);
            assertThat(file.statusCode()).as(url).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElse("")).as(url)
                    .contains("max-age=31536000").contains("immutable").doesNotContain("no-store");
            assets++;
        }
        assertThat(assets).as("stylesheets and scripts on the page").isGreaterThanOrEqualTo(3);
    }

    @Test
    void anUnknownPathIsANotFoundPageSignedInOrNot() {
        PageSession visitor = new PageSession("http://localhost:" + port);
        HttpResponse<String> unknown = visitor.get("/no/such/page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("404").doesNotContain("<form action=\"/login\"");
        PageSession staff = new PageSession("http://localhost:" + port);
        staff.login("city-reviewer", cn.eduapp.registry.support.Api.DEMO_PASSWORD);
        assertThat(staff.get("/no/such/page").statusCode()).isEqualTo(404);
        // a real page still asks a signed-out visitor to sign in
        assertThat(visitor.get("/filings").statusCode()).isEqualTo(302);
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
