package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.internal.persistence.SecondFactorRepository;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.UsageFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A code is good once even when two logins bring it at the same moment: both may have read the old last
 * step, but the update that records a step only moves it forward, and PostgreSQL re-checks that condition
 * on the row the first one committed, so only one of the two updates counts.
 */
class SecondFactorRepositoryIT extends IntegrationTest {

    @Autowired
    SecondFactorRepository factors;

    @Test
    void aStepIsRecordedOnlyForwardSoEachCodeCountsOnce() {
        UsageFixtures.Institution staff = new UsageFixtures(api()).district();
        String accountId = jdbc.sql("select id::text from account where username = ?").param(staff.username())
                .query(String.class).single();
        assertThat(factors.use(accountId, 10)).as("no second factor: nothing to record").isFalse();
        factors.savePending(accountId, "v1:pending");
        assertThat(factors.use(accountId, 10)).as("a pending secret is not a second factor").isFalse();
        assertThat(factors.enable(accountId, "v1:pending", 10, Instant.now())).isTrue();

        assertThat(factors.use(accountId, 10)).as("the confirming code's step").isFalse();
        assertThat(factors.use(accountId, 11)).isTrue();
        assertThat(factors.use(accountId, 11)).as("the same step again").isFalse();
        assertThat(factors.use(accountId, 9)).as("an earlier step").isFalse();
        assertThat(factors.use(accountId, 12)).isTrue();
        assertThat(factors.find(accountId).orElseThrow().lastStep()).isEqualTo(12);
    }
}
