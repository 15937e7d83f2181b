package cn.eduapp.registry.system;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.EduAppRegistryApplication;
import cn.eduapp.registry.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A real deployment has no demo data: the four agencies come with the schema, the first city account from
 * registry.bootstrap.*, and from there the city creates everyone else's.
 */
class FreshDeploymentIT {

    private static final String FIRST = "Bootstrap-Passw0rd!";

    @Test
    void theBootstrapAccountChangesItsPasswordThenCreatesTheOtherAgenciesAccountsAndADistrict() throws Exception {
        Path dataDir = Files.createTempDirectory("eduapp-fresh");
        try (ConfigurableApplicationContext ctx = SpringApplication.run(EduAppRegistryApplication.class,
                "--server.port=0", "--registry.demo=false", "--registry.data-dir=" + dataDir,
                "--registry.pii-key=fresh-deployment-test-passphrase",
                "--registry.bootstrap.username=first-city", "--registry.bootstrap.password=" + FIRST,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            Api api = new Api("http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort());
            expect(api.post("/api/v1/auth/login", null,
                    Api.json(Map.of("username", "city-reviewer", "password", Api.DEMO_PASSWORD))), 401);

            JsonNode login = expect(api.post("/api/v1/auth/login", null,
                    Api.json(Map.of("username", "first-city", "password", FIRST))), 200).json();
            assertThat(login.path("passwordChangeRequired").asBoolean()).isTrue();
            String token = login.path("token").asString();
            expect(api.post("/api/v1/auth/password", token,
                    Api.json(Map.of("currentPassword", FIRST, "newPassword", "Changed-Passw0rd!"))), 204);
            JsonNode again = expect(api.post("/api/v1/auth/login", null,
                    Api.json(Map.of("username", "first-city", "password", "Changed-Passw0rd!"))), 200).json();
            assertThat(again.path("passwordChangeRequired").asBoolean()).isFalse();
            token = again.path("token").asString();

            JsonNode list = expect(api.get("/api/v1/agency-accounts", token), 200).json();
            assertThat(list.path("items").findValuesAsString("username")).containsExactly("first-city");
            for (String[] a : new String[][] {{"moe-1", "MOE_REVIEWER"}, {"ca-1", "CA_OFFICER"}, {"cac-1", "CAC_OFFICER"}}) {
                expect(api.post("/api/v1/agency-accounts", token,
                        Api.json(Map.of("username", a[0], "password", "Agency-Passw0rd!2", "role", a[1]))), 201);
                String theirs = api.login(a[0], "Agency-Passw0rd!2");
                assertThat(expect(api.get("/api/v1/auth/me", theirs), 200).json().path("roles").get(0).asString())
                        .isEqualTo(a[1]);
            }
            expect(api.post("/api/v1/institutions", token, Api.json(Map.of("name", "海淀区教育委员会", "kind", "DISTRICT",
                    "districtCode", "110108"))), 201);
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
