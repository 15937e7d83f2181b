package cn.eduapp.registry.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.EduAppRegistryApplication;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL stopped for 10 seconds while the service runs: health turns DOWN, requests get a clean 503
 * problem, and the service resumes by itself within 10 s of the database's return.
 */
class DatabaseOutageIT {

    @Test
    void theServiceAnswers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Path dataDir = Files.createTempDirectory("eduapp-outage");
        try (ConfigurableApplicationContext ctx = SpringApplication.run(EduAppRegistryApplication.class,
                "--server.port=0", "--registry.data-dir=" + dataDir, "--registry.demo=true", "--logging.level.root=ERROR",
                "--spring.main.banner-mode=off", "--spring.datasource.hikari.connection-timeout=2000")) {
            Api api = new Api("http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort());
            Fixtures.Provider p = new Fixtures(api).beijingCompany();
            Path pg = dataDir.resolve("pg");
            long pid = Long.parseLong(Files.readAllLines(pg.resolve("postmaster.pid")).get(0).trim());
            List<String> opts = tokens(Files.readString(pg.resolve("postmaster.opts")));

            // stop PostgreSQL (fast shutdown: active connections are cut)
            new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor();
            ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
            long stoppedAt = System.nanoTime();

            await().atMost(Duration.ofSeconds(8)).untilAsserted(() -> {
                Api.Response health = api.get("/actuator/health", null);
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.text("status")).isEqualTo("DOWN");
            });
            Api.Response refused = api.get("/api/v1/filings", p.token());
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain("Exception", "SQL", "org.");
            Api.Response login = api.post("/api/v1/auth/login", null, Api.json(java.util.Map.of("username", p.username(),
                    "password", Fixtures.PASSWORD)));
            assertThat(login.status()).isEqualTo(503);

            // bring it back after 10 seconds, the way the service started it (under unshare as root)
            long wait = Duration.ofSeconds(10).toMillis() - Duration.ofNanos(System.nanoTime() - stoppedAt).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            List<String> cmd = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                cmd.addAll(List.of("unshare", "-U"));
            }
            cmd.addAll(opts);
            Process postgres = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("restarted-postgres.log").toFile()).start();
            long back = System.nanoTime();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
                assertThat(api.get("/api/v1/filings", p.token()).status()).isEqualTo(200);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(10));
            assertThat(postgres.isAlive()).isTrue();
        }
    }

    /** postmaster.opts: the binary and its arguments, each in double quotes (the first unquoted). */
    static List<String> tokens(String opts) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(opts.trim());
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }
}
