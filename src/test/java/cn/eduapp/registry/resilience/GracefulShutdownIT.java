package cn.eduapp.registry.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM during a burst: requests in flight finish with their real answer (never a 5xx or a cut-off
 * response), later ones are refused at the door, and every acknowledged filing is there after a restart.
 */
class GracefulShutdownIT {

    @Test
    void inFlightRequestsFinishWhenTheServiceIsStopped() throws Exception {
        Path dataDir = Files.createTempDirectory("eduapp-graceful").resolve("data");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<Integer> failures = new CopyOnWriteArrayList<>();
        Fixtures.Provider provider;
        try (ServiceProcess service = new ServiceProcess(dataDir).start()) {
            Api api = service.api();
            provider = new Fixtures(api).beijingCompany();
            AtomicInteger answered = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 120; i++) {
                String name = "停机测试" + i;
                pool.submit(() -> {
                    try {
                        Api.Response r = api.post("/api/v1/filings", provider.token(), Api.json(Map.of("app",
                                Fixtures.compliantApp(name, Fixtures.uniqueAndroidId()))));
                        if (r.status() == 201) {
                            acknowledged.put(r.text("id"), name);
                        } else {
                            failures.add(r.status());
                        }
                    } catch (RuntimeException e) {
                        // refused at the door once shutdown began: the client knows it was not taken
                    }
                    answered.incrementAndGet();
                });
            }
            while (answered.get() < 30) {
                Thread.sleep(5);
            }
            service.terminate();
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
        assertThat(failures).as("no request got an error answer while the service stopped").isEmpty();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(30);
        try (ServiceProcess again = new ServiceProcess(dataDir).start()) {
            Api api = again.api();
            String token = api.login(provider.username(), Fixtures.PASSWORD);
            for (String id : acknowledged.keySet()) {
                assertThat(api.get("/api/v1/filings/" + id, token).status()).isEqualTo(200);
            }
        }
    }
}
