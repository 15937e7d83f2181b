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
        "registry.rate-limit.account.capacity=1000000",
        "registry.embedded.durable=false",
        // issue 23: mail goes to a GreenMail server the outbox tests start on this port; their rounds run on demand
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + IntegrationTest.SMTP_PORT,
        "registry.outbox.send-interval=PT1H",
        // issue 22: the mirror sync runs on demand in the tests (against a stub national server they start)
        "registry.national.sync-interval=PT1H",
        "registry.national.sync-initial-delay=PT1H",
        "logging.level.root=WARN"})
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    /** The SMTP port of the tests' mail server (GreenMail, started by the tests that read mail). */
    public static final int SMTP_PORT = 39251;

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
