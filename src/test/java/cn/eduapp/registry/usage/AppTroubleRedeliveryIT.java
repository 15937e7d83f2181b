package cn.eduapp.registry.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.filing.FilingRevoked;
import cn.eduapp.registry.provider.ProviderBanned;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
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

    private void awaitDelivered(String id) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(jdbc.sql("select listener_id || ' ' || coalesce(status, '') from event_publication "
                        + "where completion_date is null and listener_id like '%AppTroubleAlerts%' and serialized_event like ?")
                        .param("%" + id + "%").query(String.class).list()).isEmpty());
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
        FilingRevoked revoked = new FilingRevoked(new Actor("city-reviewer", ""), FilingId.of(filingId), ProviderId.of(p.id()), number, "重复投递测试", at);
        ProviderBanned banned = new ProviderBanned(new Actor("city-reviewer", ""), ProviderId.of(p.id()), p.name(), p.creditCode(),
                "测试", "京教信〔2022〕5号 五", LocalDate.now(), LocalDate.now().plusMonths(6));
        // each event delivered, then delivered again once the first delivery is done (as the registry resubmits)
        for (int round = 0; round < 2; round++) {
            tx.executeWithoutResult(s -> events.publishEvent(revoked));
            awaitDelivered(filingId);
            tx.executeWithoutResult(s -> events.publishEvent(banned));
            awaitDelivered(p.id());
        }
        assertThat(notificationsOf(school, "filing:" + filingId)).isEqualTo(1);
        // issue 20: a ban bars the provider's new filings only; the users of its apps hear of revocations, not of bans
        assertThat(notificationsOf(school, "ban:" + p.id())).isZero();
    }
}
