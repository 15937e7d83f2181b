package cn.eduapp.registry.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.EduAppRegistryApplication;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second instance of the service on the same PostgreSQL, both sweeping at the same moment: the overdue
 * order is found overdue exactly once and exactly one case is opened with one prior notice (issue 20: nothing
 * is revoked or banned by the sweep).
 */
class EnforcementTwoInstancesIT extends IntegrationTest {

    @Autowired
    EnforcementSweep enforcement;

    @Autowired
    DataSource dataSource;

    @Test
    void twoInstancesSweepingTogetherOpenExactlyOneCase() throws Exception {
        // the second instance runs on the real clock: make the order overdue in real time
        clock.setInstant(Instant.now().minus(Duration.ofHours(3)));
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String orderId = new EnforcementFixtures(api()).order(filingId, clock.instant().plus(Duration.ofHours(1)));
        clock.reset();
        api().forgetTokens();

        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        try (ConfigurableApplicationContext other = SpringApplication.run(EduAppRegistryApplication.class,
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--registry.demo=false", "--registry.enforcement.sweep-interval=PT1H",
                "--registry.pii-key=second-instance-test-passphrase",
                "--registry.enforcement.sweep-initial-delay=PT1H",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            EnforcementSweep second = other.getBean(EnforcementSweep.class);
            CyclicBarrier start = new CyclicBarrier(4);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<SweepResult>> results = new ArrayList<>();
            for (EnforcementSweep instance : List.of(enforcement, second, enforcement, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return instance.sweep();
                }));
            }
            int escalated = 0;
            for (Future<SweepResult> f : results) {
                escalated += f.get().overdue();
            }
            pool.shutdown();
            assertThat(escalated).as("the scheduled sweep may have found it first, never twice").isLessThanOrEqualTo(1);
        }

        assertThat(jdbc.sql("select status from rectification_order where id = ?::uuid").param(orderId)
                .query(String.class).single()).isEqualTo("OVERDUE");
        assertThat(jdbc.sql("select count(*) from rectification_history where order_id = ?::uuid and action = 'OVERDUE'")
                .param(orderId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from enforcement_case where order_id = ?::uuid").param(orderId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from enforcement_document where order_id = ?::uuid and kind = 'PRIOR_NOTICE'")
                .param(orderId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from filing_history where filing_id = ?::uuid and action = 'REVOKED'")
                .param(filingId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select status from filing where id = ?::uuid").param(filingId).query(String.class).single())
                .isEqualTo("UNDER_RECTIFICATION");
        assertThat(jdbc.sql("select banned_until is null from provider where id = ?::uuid").param(p.id())
                .query(Boolean.class).single()).isTrue();
        // one EnforcementCaseOpened: the event publication registry holds one per listener, never two
        assertThat(jdbc.sql("""
                select coalesce(max(n), 0) from (select listener_id, count(*) as n from event_publication
                 where event_type like '%EnforcementCaseOpened' and serialized_event like ? group by listener_id) x""")
                .param("%" + orderId + "%").query(Long.class).single()).isLessThanOrEqualTo(1);
    }
}
