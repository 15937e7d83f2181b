package cn.eduapp.registry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.publication.internal.domain.VerifyKey;
import cn.eduapp.registry.publication.internal.persistence.VerifyRowCache;
import cn.eduapp.registry.publication.internal.persistence.VerifyRows;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17: the verification index held in memory. A row once read is answered from memory; a write of
 * {@code pub_verify} by any instance is heard (its notice, sent in its transaction) when it commits; the writing
 * instance forgets its own keys at commit; a listener that lost its connection answers from the table until it
 * listens again, and then starts from an empty memory. The table is changed behind the service's back here
 * (plain SQL) so that only the notices, not the service's own writes, can make a change seen.
 */
class VerifyIndexInMemoryIT extends IntegrationTest {

    @Autowired
    VerifyRowCache cache;

    @Autowired
    VerifyRows rows;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate tx;

    private PublicationFixtures pub() {
        return new PublicationFixtures(api());
    }

    private String store() {
        return api().token("appstore-demo");
    }

    private String status(String identifier) {
        return pub().verify(store(), "ANDROID", identifier).text("status");
    }

    @BeforeEach
    void listening() {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(cache::listening);
    }

    /** A registered app whose answer this instance now holds in memory. */
    private String cachedRegisteredApp(String name) {
        PublicationFixtures.App app = pub().registered(fixtures().beijingCompany(), name);
        pub().awaitVerify(store(), app.androidId(), "REGISTERED");
        return app.androidId();
    }

    /** Rewrites the stored answer as REVOKED without any notice (what a change unheard would look like). */
    private void revokeSilently(String identifier) {
        assertThat(jdbc.sql("""
                        update pub_verify set status = 'REVOKED', body = replace(body, '"REGISTERED"', '"REVOKED"')
                         where platform = 'ANDROID' and identifier = ?""").param(identifier).update()).isEqualTo(1);
    }

    /** Another instance's connection: its own transaction, as {@link VerifyRows} writes with the notice. */
    private Connection otherInstance() throws Exception {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
    }

    @Test
    void aRowIsAnsweredFromMemoryUntilAnotherInstancesWriteCommitsWithItsNotice() throws Exception {
        String id = cachedRegisteredApp("内存核验他处写入");
        revokeSilently(id);
        for (int i = 0; i < 5; i++) {
            assertThat(status(id)).as("no notice, no change: the answer is held in memory").isEqualTo("REGISTERED");
        }
        try (Connection other = otherInstance()) {
            other.setAutoCommit(false);
            try (PreparedStatement notice = other.prepareStatement("select pg_notify('pub_verify_changed', ?)")) {
                notice.setString(1, "ANDROID:" + id);
                notice.executeQuery().close();
            }
            Thread.sleep(300);
            assertThat(status(id)).as("a notice is delivered only when its transaction commits").isEqualTo("REGISTERED");
            other.commit();
        }
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> "REVOKED".equals(status(id)));
    }

    @Test
    void aNoticeOfEverythingEmptiesTheMemory() throws Exception {
        String id = cachedRegisteredApp("内存核验全部");
        revokeSilently(id);
        assertThat(status(id)).isEqualTo("REGISTERED");
        try (Connection other = otherInstance()) {
            other.createStatement().executeQuery("select pg_notify('pub_verify_changed', '*')").close();
        }
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> "REVOKED".equals(status(id)));
    }

    @Test
    void thisInstancesOwnWriteIsSeenAtCommitWithoutWaitingForItsNotice() {
        String one = cachedRegisteredApp("内存核验本处删除");
        tx.executeWithoutResult(s -> rows.delete(List.of(new VerifyKey("ANDROID", one))));
        assertThat(status(one)).isEqualTo("NOT_FILED");

        // a write of many keys: one notice for everything, and this instance forgets everything at once
        String two = cachedRegisteredApp("内存核验本处批量删除");
        List<VerifyKey> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new VerifyKey("ANDROID", "cn.nobody.bulk" + i));
        }
        many.add(new VerifyKey("ANDROID", two));
        tx.executeWithoutResult(s -> rows.delete(many));
        assertThat(status(two)).isEqualTo("NOT_FILED");
    }

    @Test
    void aListenerThatLostItsConnectionStartsAfreshWhenItListensAgain() {
        String id = cachedRegisteredApp("内存核验断线");
        revokeSilently(id);
        assertThat(status(id)).isEqualTo("REGISTERED");
        assertThat(jdbc.sql("""
                        select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
                         where query = 'LISTEN pub_verify_changed' and pid <> pg_backend_pid()) t""")
                .query(Long.class).single()).isPositive();
        // whether still reconnecting (the table is read) or listening again (memory emptied): the change is seen
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> "REVOKED".equals(status(id)));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(cache::listening);
        assertThat(status(id)).isEqualTo("REVOKED");
    }
}
