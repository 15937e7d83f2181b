package cn.eduapp.registry.national;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.national.internal.NationalSettings;
import cn.eduapp.registry.national.internal.mirror.HttpMirrorSource;
import cn.eduapp.registry.national.internal.mirror.MirrorSync;
import cn.eduapp.registry.national.internal.persistence.MirrorRows;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.NationalStub;
import cn.eduapp.registry.system.web.Messages;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mirror sync against a stub national server (a real HTTP server on a random port): two provinces in, Beijing's
 * own skipped, a later change and a revocation, the cursor kept across a restart (a fresh sync reads it), the
 * national side down (the error kept, the cursor unmoved), and two instances running it at once fetching once.
 */
class NationalMirrorSyncIT extends IntegrationTest {

    @Autowired
    MirrorRows rows;
    @Autowired
    LockProvider locks;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Messages messages;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    NationalMirror mirror;

    private NationalStub stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = new NationalStub();
        jdbc.sql("update national_sync_state set cursor = null, last_error = null where name = 'apps'").update();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    /** A sync as a freshly started instance builds it (page size 2, quick back-off). */
    MirrorSync instance() {
        return new MirrorSync(rows, locks, tx, settings(), messages, clock, events);
    }

    NationalSettings settings() {
        return new NationalSettings(NationalSettings.Mode.HTTP, stub.base(), Duration.ofMinutes(5), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 2, Duration.ofMillis(20), 2);
    }

    HttpMirrorSource source() {
        return new HttpMirrorSource(settings(), json);
    }

    static String number(String region) {
        return "教APP备" + region + String.format("%05d", ThreadLocalRandom.current().nextInt(1, 99_999)) + "号";
    }

    @Test
    void two_provinces_in_then_a_change_and_a_revocation_and_the_cursor_survives_a_restart() {
        String zj = number("33");
        String sh = number("31");
        String bj = number("11");
        String zjId = "cn.zj.sync" + System.nanoTime();
        stub.publish(zj, "之江同步", "浙江省", "REGISTERED", "2025-01-01T00:00:00Z", "ANDROID", zjId);
        stub.publish(sh, "申城同步", "上海市", "REGISTERED", "2025-01-02T00:00:00Z", "IOS", "com.sh.sync" + System.nanoTime());
        stub.publish(bj, "北京自有", "北京市", "REGISTERED", "2025-01-03T00:00:00Z", "ANDROID", "cn.bj.own" + System.nanoTime());

        MirrorSync.Run first = instance().run(source());

        assertThat(first.ran()).isTrue();
        assertThat(first.error()).isNull();
        assertThat(first).extracting(MirrorSync.Run::fetched, MirrorSync.Run::upserted, MirrorSync.Run::skipped)
                .containsExactly(3, 2, 1);
        assertThat(mirror.byFilingNumber(zj)).get().extracting(NationalApp::province, NationalApp::status)
                .containsExactly("浙江省", NationalAppStatus.REGISTERED);
        assertThat(mirror.byFilingNumber(sh)).get().extracting(NationalApp::province).isEqualTo("上海市");
        assertThat(mirror.byFilingNumber(bj)).isEmpty();
        assertThat(mirror.byPlatform("ANDROID", zjId)).get().extracting(NationalApp::filingNumber).isEqualTo(zj);
        assertThat(stub.asked()).containsExactly("", "2", "3");
        assertThat(mirror.syncState()).extracting(NationalSyncState::cursor, NationalSyncState::lastFetched,
                NationalSyncState::lastUpserted, NationalSyncState::lastSkipped).containsExactly("3", 3, 2, 1);

        // later: the Zhejiang app renamed, the Shanghai one revoked; a restarted instance resumes at the cursor
        stub.publish(zj, "之江同步（新版）", "浙江省", "REGISTERED", "2025-02-01T00:00:00Z", "ANDROID", zjId);
        stub.publish(sh, "申城同步", "上海市", "REVOKED", "2025-02-02T00:00:00Z", "IOS", "com.sh.sync");
        MirrorSync.Run second = instance().run(source());

        assertThat(stub.asked().subList(3, stub.asked().size())).containsExactly("3", "5");
        assertThat(second.fetched()).isEqualTo(2);
        assertThat(mirror.byFilingNumber(zj)).get().extracting(NationalApp::appName).isEqualTo("之江同步（新版）");
        assertThat(mirror.byFilingNumber(sh)).get().extracting(NationalApp::status).isEqualTo(NationalAppStatus.REVOKED);

        // the same changes again (a replay) change nothing; an older change never overwrites a newer one
        stub.publish(zj, "之江同步（旧）", "浙江省", "REGISTERED", "2025-01-15T00:00:00Z", "ANDROID", zjId);
        MirrorSync.Run third = instance().run(source());
        assertThat(third.upserted()).isZero();
        assertThat(mirror.byFilingNumber(zj)).get().extracting(NationalApp::appName).isEqualTo("之江同步（新版）");
    }

    @Test
    void the_national_side_down_is_recorded_and_the_next_run_resumes_from_the_cursor() {
        String zj = number("33");
        stub.publish(zj, "之江故障", "浙江省", "REGISTERED", "2025-03-01T00:00:00Z", "ANDROID", "cn.zj.down" + System.nanoTime());
        instance().run(source());
        stub.publish(number("33"), "之江故障二", "浙江省", "REGISTERED", "2025-03-02T00:00:00Z", "ANDROID", "cn.zj.down2" + System.nanoTime());
        stub.failNext(2);

        MirrorSync.Run failed = instance().run(source());

        assertThat(failed.error()).contains("HTTP 503");
        NationalSyncState state = mirror.syncState();
        assertThat(state.lastError()).contains("全国平台应答 HTTP 503");
        assertThat(state.cursor()).isEqualTo("1");

        MirrorSync.Run back = instance().run(source());
        assertThat(back.error()).isNull();
        assertThat(back.upserted()).isEqualTo(1);
        assertThat(mirror.syncState().lastError()).isNull();
        assertThat(mirror.syncState().cursor()).isEqualTo("2");
    }

    @Test
    void two_instances_syncing_at_once_fetch_once() throws Exception {
        stub.publish(number("44"), "岭南双实例", "广东省", "REGISTERED", "2025-04-01T00:00:00Z", "ANDROID", "cn.gd.twice" + System.nanoTime());
        CountDownLatch firstArrived = stub.holdRequests();
        MirrorSync a = instance();
        MirrorSync b = instance();

        CompletableFuture<MirrorSync.Run> runA = CompletableFuture.supplyAsync(() -> a.run(source()));
        assertThat(firstArrived.await(10, TimeUnit.SECONDS)).isTrue();
        MirrorSync.Run runB = b.run(source());
        stub.release();

        assertThat(runB.ran()).isFalse();
        assertThat(runA.get(20, TimeUnit.SECONDS).ran()).isTrue();
        assertThat(stub.asked()).containsExactly("", "1");
        assertThat(List.of(runA.get().upserted())).containsExactly(1);
    }
}
