package cn.eduapp.registry.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.EduAppRegistryApplication;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances on one PostgreSQL behave as one service: sessions, data, and verify's memory. */
class TwoInstancesIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    FilingManagement filings;

    @Test
    void aSecondInstanceWithTheSameOptionsSharesSessionsAndData() throws Exception {
        long accountsBefore = jdbc.sql("select count(*) from account").query(Long.class).single();
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (ConfigurableApplicationContext second = SpringApplication.run(EduAppRegistryApplication.class,
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--registry.demo=true", "--registry.demo.samples=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            // demo seeding again on the same database changed nothing
            assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(accountsBefore);

            // a page session started on instance 1 works on instance 2
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String first = "http://localhost:" + port;
            String loginPage = browser.send(HttpRequest.newBuilder(URI.create(first + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
            assertThat(csrf.find()).isTrue();
            String form = "username=city-reviewer&password=" + URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(first + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/home");

            HttpResponse<String> onSecond = browser.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + secondPort + "/home")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(onSecond.body()).contains("北京市教育委员会");

            // what one instance writes, the other reads at once
            Fixtures.Provider p = fixtures().beijingCompany();
            String id = fixtures().registered(p);
            Api secondApi = new Api("http://localhost:" + secondPort);
            Api.Response r = secondApi.get("/api/v1/filings/" + id, secondApi.login(p.username(), Fixtures.PASSWORD));
            assertThat(r.text("status")).isEqualTo("REGISTERED");

            // verify, answered from each instance's memory (issue 17), follows a decision taken on the other one
            PublicationFixtures.App app = new PublicationFixtures(api()).registered(p, "两实例核验");
            PublicationFixtures onSecondInstance = new PublicationFixtures(secondApi);
            String store = secondApi.token("appstore-demo");
            onSecondInstance.awaitVerify(store, app.androidId(), "REGISTERED");
            assertThat(onSecondInstance.verify(store, "ANDROID", app.androidId()).text("status")).isEqualTo("REGISTERED");
            filings.revoke(app.id(), new Actor("city-reviewer", ""), "逾期未整改");
            onSecondInstance.awaitVerify(store, app.androidId(), "REVOKED");
        }
    }
}
