package cn.eduapp.registry.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.publication.internal.domain.VerifyKey;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two handlers re-indexing one verification key at the same time (filings of different providers sharing an
 * identifier): the second must read the candidates only after the first committed, or the later commit
 * writes a status computed from the other's old row. The interleaving is forced here: the first handler's
 * transaction stays open while the second runs.
 */
class VerifyKeyLockIT extends IntegrationTest {

    static final Actor CITY = new Actor("city-reviewer", "");

    @Autowired
    VerificationIndex index;

    @Autowired
    FilingManagement filings;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSecondHandlerOfTheSameKeyWaitsForTheFirstToCommit() throws Exception {
        String shared = Fixtures.uniqueAndroidId();
        PublicationFixtures pub = new PublicationFixtures(api());
        PublicationFixtures.App fixing = pub.registered(fixtures().beijingCompany(), "锁测整改版", shared);
        filings.orderRectification(fixing.id(), CITY, "整改");
        pub.awaitVerify(api().token("appstore-demo"), shared, "UNDER_RECTIFICATION");
        PublicationFixtures.App current = pub.registered(fixtures().beijingCompany(), "锁测现行版", shared);
        pub.awaitVerify(api().token("appstore-demo"), shared, "REGISTERED");
        VerifyKey key = new VerifyKey("ANDROID", shared);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        // first: the rectified filing is registered again; its transaction stays open after re-indexing
        CountDownLatch reindexed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("update pub_filing set status = 'REGISTERED' where filing_id = ?").param(fixing.id()).update();
            index.reindex(Set.of(key));
            reindexed.countDown();
            await(commit);
        }));
        assertThat(reindexed.await(20, TimeUnit.SECONDS)).isTrue();
        // second: the current filing is revoked, while the first has not committed yet
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("update pub_filing set status = 'REVOKED' where filing_id = ?").param(current.id()).update();
            index.reindex(Set.of(key));
        }));
        Thread.sleep(1_000);
        assertThat(second).as("the second handler waits for the first one's commit").isNotDone();
        commit.countDown();
        first.get(20, TimeUnit.SECONDS);
        second.get(20, TimeUnit.SECONDS);

        String status = jdbc.sql("select status from pub_verify where platform = 'ANDROID' and identifier = ?")
                .param(shared).query(String.class).single();
        String number = jdbc.sql("select filing_number from pub_verify where platform = 'ANDROID' and identifier = ?")
                .param(shared).query(String.class).single();
        assertThat(status).isEqualTo("REGISTERED");
        assertThat(number).isEqualTo(fixing.filingNumber());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
