package cn.eduapp.registry.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of every *IT: the real service on a random port over the real (embedded) PostgreSQL, started once
 * per test run (every subclass shares these properties, so Spring shares the context), with demo data
 * and a clock tests can move. The demo's sample filings, orders and complaints stay out (each test makes
 * its own data; DemoSamplesIT proves the samples on a service of their own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "registry.demo=true",
        "registry.demo.samples=false",
        "registry.data-dir=target/it-data",
        "registry.embedded.fresh=true",
        "registry.enforcement.sweep-interval=PT1H",
        "registry.rate-limit.public.capacity=1000000",
        "registry.embedded.durable=false",
        "logging.level.root=WARN"})
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcClient jdbc;

    private Api api;

    protected Api api() {
        if (api == null) {
            api = new Api("http://localhost:" + port);
        }
        return api;
    }

    protected Fixtures fixtures() {
        return new Fixtures(api());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
