package cn.eduapp.registry.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * kill -9 of the service during a burst of 200 filing submissions: after a restart on the same data
 * directory every submission that was answered 2xx is there and complete, and nothing is half-written.
 */
class CrashRecoveryIT {

    @Test
    void everyAcknowledgedSubmissionSurvivesKillMinusNine() throws Exception {
        Path dataDir = Files.createTempDirectory("eduapp-crash").resolve("data");
        Fixtures.Provider provider;
        SubmissionBurst burst;
        try (ServiceProcess service = new ServiceProcess(dataDir).start(ServiceProcess.DEMO_AGENCIES)) {
            provider = new Fixtures(service.api()).beijingCompany();
            burst = new SubmissionBurst(service.api(), provider, 200, "崩溃测试");
            burst.awaitAnswers(60);
            service.kill9();
            burst.finish();
        }
        Map<String, String> acknowledged = burst.acknowledged;
        assertThat(acknowledged).isNotEmpty();

        try (ServiceProcess again = new ServiceProcess(dataDir).start(ServiceProcess.DEMO_AGENCIES)) {
            Api api = again.api();
            String token = api.login(provider.username(), Fixtures.PASSWORD);
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                Api.Response r = api.get("/api/v1/filings/" + e.getKey(), token);
                assertThat(r.status()).as(e.getValue()).isEqualTo(200);
                assertThat(r.json().path("app").path("name").asString()).isEqualTo(e.getValue());
                assertThat(r.json().path("history").get(0).path("action").asString()).isEqualTo("CREATED");
            }
            JsonNode all = api.get("/api/v1/filings?size=200", token).json();
            assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(acknowledged.size()).isLessThanOrEqualTo(200);
            List<JsonNode> items = new java.util.ArrayList<>();
            all.path("items").forEach(items::add);
            for (JsonNode item : items) {
                JsonNode full = api.get("/api/v1/filings/" + item.path("id").asString(), token).json();
                assertThat(full.path("history")).as("no filing without its history").isNotEmpty();
            }
        }
    }
}
