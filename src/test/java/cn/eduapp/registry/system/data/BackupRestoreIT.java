package cn.eduapp.registry.system.data;

import cn.eduapp.registry.system.data.DatabaseBackup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.EduAppRegistryApplication;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A backup of the running service's database restored into a fresh data directory holds the same data. */
class BackupRestoreIT extends IntegrationTest {

    /** A restored production instance has a key of its own; what the demo instance wrote stays readable. */
    private static final String PII_KEY = "restored-instance-test-passphrase";
    private static final String DEMO_KEY = "change-me-in-production-eduapp-registry";

    @Autowired
    DatabaseBackup backup;

    @Test
    void backupThenRestoreIntoAFreshDataDirectoryFindsTheSameData() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().registered(p);
        String number = fixtures().filingNumber(id, p);

        Path dir = Files.createTempDirectory("eduapp-backup");
        Path zip = dir.resolve("backup.zip");
        Map<String, Long> written = backup.backup(zip);
        assertThat(written.get("filing")).isGreaterThan(0);
        assertThat(written).containsKeys("account", "provider", "filing_history", "flyway_schema_history");

        Path fresh = dir.resolve("restored");
        try (ConfigurableApplicationContext restore = SpringApplication.run(EduAppRegistryApplication.class,
                "--spring.main.web-application-type=none", "--registry.data-dir=" + fresh, "--registry.restore.from=" + zip,
                "--registry.pii-key=" + PII_KEY,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            JdbcClient restored = restore.getBean(JdbcClient.class);
            for (String table : new String[] {"filing", "provider", "account", "filing_history", "licence", "organisation"}) {
                assertThat(restored.sql("select count(*) from " + table).query(Long.class).single())
                        .as(table).isEqualTo(written.get(table));
            }
        }
        try (ConfigurableApplicationContext again = SpringApplication.run(EduAppRegistryApplication.class,
                "--server.port=0", "--registry.data-dir=" + fresh, "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--registry.pii-key=" + PII_KEY, "--registry.pii-previous-keys.demo=" + DEMO_KEY)) {
            Api restoredApi = new Api("http://localhost:" + ((WebServerApplicationContext) again).getWebServer().getPort());
            String token = restoredApi.login(p.username(), Fixtures.PASSWORD);
            Api.Response r = restoredApi.get("/api/v1/filings/" + id, token);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text("filingNumber")).isEqualTo(number);
            // the audit trail came along whole: its chain verifies on the restored database
            Api.Response chain = restoredApi.get("/api/v1/audit/verification", restoredApi.login("city-reviewer", Api.DEMO_PASSWORD));
            assertThat(chain.status()).isEqualTo(200);
            assertThat(chain.json().path("valid").asBoolean()).isTrue();
            assertThat(chain.json().path("entries").asLong()).isGreaterThanOrEqualTo(written.get("audit_entry"));
            // sequences moved past the restored rows: a new history entry still fits
            Fixtures restoredFixtures = new Fixtures(restoredApi);
            assertThat(restoredFixtures.registered(restoredFixtures.beijingCompany())).isNotBlank();
        }
    }
}
