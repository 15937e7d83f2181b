package cn.eduapp.registry.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingTransitioned;
import cn.eduapp.registry.provider.ProviderBanned;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.support.UsageFixtures.Institution;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The publication registry may deliver an event again: nobody is told twice. */
class AppTroubleRedeliveryIT extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    private long notificationsOf(Institution i, String dedupPrefix) {
        return jdbc.sql("select count(*) from notification where organisation_id = ? and dedup_key like ?")
                .params(UUID.fromString(i.id()), dedupPrefix + "%").query(Long.class).single();
    }

    @Test
    void theSameEventDeliveredTwiceNotifiesOnce() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        UsageFixtures usage = new UsageFixtures(api());
        Institution district = usage.district();
        Institution school = usage.school(district);
        usage.uses(school, number);

        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        FilingTransitioned revoked = new FilingTransitioned(new Actor("city-reviewer", ""), filingId, p.id(),
                FilingStatus.REGISTERED, FilingStatus.REVOKED, "REVOKED", "重复投递测试", number, at);
        tx.executeWithoutResult(s -> events.publishEvent(revoked));
        tx.executeWithoutResult(s -> events.publishEvent(revoked));
        ProviderBanned banned = new ProviderBanned(new Actor("city-reviewer", ""), p.id(), p.name(), p.creditCode(),
                "测试", "京教信〔2022〕5号 五", LocalDate.now(), LocalDate.now().plusMonths(6));
        tx.executeWithoutResult(s -> events.publishEvent(banned));
        tx.executeWithoutResult(s -> events.publishEvent(banned));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null "
                    + "and serialized_event like ?").param("%" + filingId + "%").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null "
                    + "and serialized_event like ?").param("%" + p.id() + "%").query(Long.class).single()).isZero();
        });
        assertThat(notificationsOf(school, "filing:" + filingId)).isEqualTo(1);
        assertThat(notificationsOf(school, "ban:" + p.id())).isEqualTo(1);
    }
}
