package cn.eduapp.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.EduAppRegistryApplication;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded PostgreSQL keeps its files in the data directory: a second start finds everything. */
class RestartIT {

    @Test
    void aRegisteredFilingSurvivesARestartOnTheSameDataDirectory() throws Exception {
        Path dataDir = Files.createTempDirectory("eduapp-restart");
        String id;
        String number;
        Fixtures.Provider provider;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Api api = new Api("http://localhost:" + port(first));
            Fixtures fixtures = new Fixtures(api);
            provider = fixtures.beijingCompany();
            id = fixtures.registered(provider);
            number = fixtures.filingNumber(id, provider);
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            Api api = new Api("http://localhost:" + port(second));
            String token = api.login(provider.username(), Fixtures.PASSWORD);
            Api.Response r = api.get("/api/v1/filings/" + id, token);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text("status")).isEqualTo("REGISTERED");
            assertThat(r.text("filingNumber")).isEqualTo(number);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return SpringApplication.run(EduAppRegistryApplication.class, "--server.port=0", "--registry.demo=true",
                "--registry.data-dir=" + dataDir, "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }
}
