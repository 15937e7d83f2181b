package cn.eduapp.registry.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM during a burst: requests in flight finish with their real answer (never a 5xx or a cut-off
 * response), later ones are refused at the door, and every acknowledged filing is there after a restart.
 */
class GracefulShutdownIT {

    @Test
    void inFlightRequestsFinishWhenTheServiceIsStopped() throws Exception {
        Path dataDir = Files.createTempDirectory("eduapp-graceful").resolve("data");
        Fixtures.Provider provider;
        SubmissionBurst burst;
        try (ServiceProcess service = new ServiceProcess(dataDir).start(ServiceProcess.DEMO_AGENCIES)) {
            provider = new Fixtures(service.api()).beijingCompany();
            burst = new SubmissionBurst(service.api(), provider, 120, "停机测试");
            burst.awaitAnswers(30);
            service.terminate();
            burst.finish();
        }
        Map<String, String> acknowledged = burst.acknowledged;
        List<Integer> failures = burst.otherAnswers;
        assertThat(failures).as("no request got an error answer while the service stopped").isEmpty();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(30);
        try (ServiceProcess again = new ServiceProcess(dataDir).start(ServiceProcess.DEMO_AGENCIES)) {
            Api api = again.api();
            String token = api.login(provider.username(), Fixtures.PASSWORD);
            for (String id : acknowledged.keySet()) {
                assertThat(api.get("/api/v1/filings/" + id, token).status()).isEqualTo(200);
            }
        }
    }
}
