package cn.eduapp.registry.resilience;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A burst of filing submissions from 8 threads, for tests that stop the service in the middle: what was
 * acknowledged (201, by id and name), what got another answer, and a way to wait for the first answers.
 */
final class SubmissionBurst {

    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    final List<Integer> otherAnswers = new CopyOnWriteArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    SubmissionBurst(Api api, Fixtures.Provider provider, int count, String namePrefix) {
        for (int i = 0; i < count; i++) {
            String name = namePrefix + i;
            pool.submit(() -> {
                try {
                    Api.Response r = api.post("/api/v1/filings", provider.token(), Api.json(Map.of("app",
                            Fixtures.compliantApp(name, Fixtures.uniqueAndroidId()))));
                    if (r.status() == 201) {
                        acknowledged.put(r.text("id"), name);
                    } else {
                        otherAnswers.add(r.status());
                    }
                } catch (RuntimeException e) {
                    // no answer (the connection was refused or cut): the client knows it was not taken
                }
                answered.incrementAndGet();
            });
        }
    }

    void awaitAnswers(int n) throws InterruptedException {
        while (answered.get() < n) {
            Thread.sleep(5);
        }
    }

    void finish() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
    }
}
