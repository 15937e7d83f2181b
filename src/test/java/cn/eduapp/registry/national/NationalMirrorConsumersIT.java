package cn.eduapp.registry.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.national.internal.NationalSettings;
import cn.eduapp.registry.national.internal.mirror.HttpMirrorSource;
import cn.eduapp.registry.national.internal.mirror.MirrorSync;
import cn.eduapp.registry.national.internal.persistence.MirrorRows;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.NationalStub;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.system.web.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a filing anywhere counts (issue 22), all through real HTTP after a sync from a stub national server: a
 * school files use of an app filed in Zhejiang (外省备案 shown), verify answers it with filedIn 浙江省 and a revoked
 * one REVOKED, an app store's release report of it raises no alert, Beijing's white list does not list it, the
 * public 全国备案查询 finds it, a complaint about it is passed on to Zhejiang (转办), the city sees the sync's state,
 * and when Zhejiang later revokes it the school hears of it and its use filing needs action.
 */
class NationalMirrorConsumersIT extends IntegrationTest {

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

    @Test
    void an_app_filed_in_zhejiang_counts_everywhere_the_law_says_but_stays_off_beijings_white_list() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        String number = "教APP备33" + String.format("%05d", ThreadLocalRandom.current().nextInt(1, 99_999)) + "号";
        String revokedNumber = "教APP备32" + String.format("%05d", ThreadLocalRandom.current().nextInt(1, 99_999)) + "号";
        String appName = "之江外省" + tag;
        String androidId = "cn.zj.elsewhere" + tag;
        String revokedId = "cn.js.revoked" + tag;
        try (NationalStub stub = new NationalStub()) {
            jdbc.sql("update national_sync_state set cursor = null where name = 'apps'").update();
            stub.publish(number, appName, "浙江省", "REGISTERED", "2025-05-01T00:00:00Z", "ANDROID", androidId);
            stub.publish(revokedNumber, "苏州撤销" + tag, "江苏省", "REVOKED", "2025-05-02T00:00:00Z", "ANDROID", revokedId);
            assertThat(sync(stub).upserted()).isEqualTo(2);
        }

        // a school files its use: accepted, shown as 外省备案 with the province
        UsageFixtures usage = new UsageFixtures(api());
        UsageFixtures.Institution school = usage.school(usage.district());
        Api.Response filed = Fixtures.expect(usage.file(school.token(), UsageFixtures.useOf(number)), 201);
        assertThat(filed.text("appName")).isEqualTo(appName);
        assertThat(filed.text("filedIn")).isEqualTo("浙江省");
        Fixtures.expect(usage.file(school.token(), UsageFixtures.useOf(number)), 409);
        // a revoked app of another province is not choosable
        assertThat(Fixtures.expect(usage.file(school.token(), UsageFixtures.useOf(revokedNumber)), 422).body())
                .contains("APP_NOT_REGISTERED");
        PageSession page = new PageSession(api().base());
        page.login(school.username(), UsageFixtures.PASSWORD);
        assertThat(page.get("/usage/" + filed.text("id")).body()).contains("外省备案（浙江省）", number);
        // the page's search finds it beside Beijing's own, and choosing it shows the province (not 不可选用)
        assertThat(page.get("/usage/new?q=" + URLEncoder.encode(appName, StandardCharsets.UTF_8)).body())
                .contains("其他省份备案的应用", number, "浙江省");
        assertThat(page.get("/usage/new?filingNumber=" + URLEncoder.encode(number, StandardCharsets.UTF_8)).body())
                .contains(appName, "外省备案（浙江省）").doesNotContain("不是可选用的已备案应用");
        assertThat(page.get("/usage/new?filingNumber=" + URLEncoder.encode(revokedNumber, StandardCharsets.UTF_8)).body())
                .contains("不是可选用的已备案应用");

        // verify: REGISTERED with filedIn; the revoked one REVOKED; nothing known still NOT_FILED
        String store = api().token("appstore-demo");
        JsonNode ok = verify(store, androidId);
        assertThat(ok.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(ok.path("filedIn").asString()).isEqualTo("浙江省");
        assertThat(ok.path("filingNumber").asString()).isEqualTo(number);
        JsonNode revoked = verify(store, revokedId);
        assertThat(revoked.path("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.path("filedIn").asString()).isEqualTo("江苏省");
        assertThat(verify(store, "cn.nobody.elsewhere" + tag).has("filedIn")).isFalse();

        // the CAC's release report finds it: no false alert; the revoked one raises one
        JsonNode release = Fixtures.expect(api().post("/api/v1/distribution/releases", store, Api.json(Map.of(
                "platform", "ANDROID", "identifier", androidId, "version", "1.0.0",
                "releasedAt", "2026-11-28T10:00:00+08:00"))), 201).json();
        assertThat(release.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(release.path("alertRaised").asBoolean()).isFalse();
        JsonNode revokedRelease = Fixtures.expect(api().post("/api/v1/distribution/releases", store, Api.json(Map.of(
                "platform", "ANDROID", "identifier", revokedId, "version", "1.0.0",
                "releasedAt", "2026-11-28T10:00:00+08:00"))), 201).json();
        assertThat(revokedRelease.path("alertRaised").asBoolean()).isTrue();

        // Beijing's white list keeps only what 市教委 reviewed
        String q = URLEncoder.encode(appName, StandardCharsets.UTF_8);
        assertThat(api().get("/api/v1/public/whitelist?q=" + q, null).json().path("total").asLong()).isZero();
        assertThat(api().get("/public/whitelist?q=" + q, null).body()).doesNotContain(number);

        // the public 全国备案查询 finds it (JSON and page), by name, number and identifier
        JsonNode found = Fixtures.expect(api().get("/api/v1/public/national-apps?q=" + q, null), 200).json();
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("province").asString()).isEqualTo("浙江省");
        assertThat(api().get("/api/v1/public/national-apps?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8), null)
                .json().path("total").asLong()).isEqualTo(1);
        assertThat(api().get("/api/v1/public/national-apps?q=" + androidId, null).json().path("total").asLong()).isEqualTo(1);
        String lookup = api().get("/public/national-apps?q=" + q, null).body();
        assertThat(lookup).contains("全国备案查询", number, appName, "浙江省", "已备案");

        // a complaint about it is passed on (转办) to Zhejiang, with the date, and the complainant reads so
        Api.Response complaint = Fixtures.expect(api().post("/api/v1/public/complaints", null, Api.json(Map.of(
                "category", "ADVERTISING", "appName", appName, "identifier", androidId,
                "description", "应用首页弹出游戏广告，点击后跳转到游戏下载页面。"))), 201);
        JsonNode tracked = Fixtures.expect(api().get("/api/v1/public/complaints/" + complaint.text("trackingNumber")
                + "?accessCode=" + complaint.text("accessCode"), null), 200).json();
        assertThat(tracked.path("transferredTo").asString()).isEqualTo("浙江省");
        assertThat(tracked.path("transferredAt").isNull()).isFalse();

        // the city sees the sync's state
        JsonNode state = Fixtures.expect(api().get("/api/v1/national/sync", api().token("city-reviewer")), 200).json();
        assertThat(state.path("cursor").asString()).isEqualTo("2");
        assertThat(state.path("lastUpserted").asInt()).isEqualTo(2);
        Fixtures.expect(api().get("/api/v1/national/sync", api().token("moe-reviewer")), 403);

        // Zhejiang revokes it later: the school is told and its use filing needs action, once (a re-sync of the
        // same change tells nobody again)
        try (NationalStub stub = new NationalStub()) {
            jdbc.sql("update national_sync_state set cursor = null where name = 'apps'").update();
            stub.publish(number, appName, "浙江省", "REVOKED", "2026-11-30T00:00:00Z", "ANDROID", androidId);
            assertThat(sync(stub).upserted()).isEqualTo(1);
            jdbc.sql("update national_sync_state set cursor = null where name = 'apps'").update();
            sync(stub);
        }
        String usageId = filed.text("id");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(Fixtures.expect(
                api().get("/api/v1/usage-filings/" + usageId, school.token()), 200).text("status")).isEqualTo("ACTION_REQUIRED"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(aboutIt(school, number)).hasSize(1));
        assertThat(aboutIt(school, number).get(0).path("message").asString()).contains(number, "浙江省撤销了该应用的备案");
        Thread.sleep(500);
        assertThat(aboutIt(school, number)).hasSize(1);
    }

    private MirrorSync.Run sync(NationalStub stub) {
        NationalSettings settings = new NationalSettings(NationalSettings.Mode.HTTP, stub.base(), Duration.ofMinutes(5),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofMillis(20), 50);
        return new MirrorSync(rows, locks, tx, settings, messages, clock, events).run(new HttpMirrorSource(settings, json));
    }

    private List<JsonNode> aboutIt(UsageFixtures.Institution school, String number) {
        List<JsonNode> items = new ArrayList<>();
        Fixtures.expect(api().get("/api/v1/notifications?size=200", school.token()), 200).json().path("items").forEach(n -> {
            if (number.equals(n.path("filingNumber").asString())) {
                items.add(n);
            }
        });
        return items;
    }

    private JsonNode verify(String token, String identifier) {
        return Fixtures.expect(api().get("/api/v1/verify?platform=ANDROID&identifier="
                + URLEncoder.encode(identifier, StandardCharsets.UTF_8), token), 200).json();
    }
}
