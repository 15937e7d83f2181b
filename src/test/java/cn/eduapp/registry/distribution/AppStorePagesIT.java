package cn.eduapp.registry.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.support.PublicationFixtures;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An app store's own pages: its takedown inbox with the acknowledgement, its release reports, what waits for it. */
class AppStorePagesIT extends IntegrationTest {

    @Test
    void theStoreReadsItsTakedownNoticeAndAnswersIt() {
        PublicationFixtures.App app = new PublicationFixtures(api()).registered(fixtures().beijingCompany(), "商店收件箱应用");
        Fixtures.expect(api().post("/api/v1/takedown-notices", api().token("cac-officer"),
                Api.json(Map.of("filingNumber", app.filingNumber(), "reason", "含有诱导未成年人消费的内容"))), 201);
        PageSession store = signedIn("appstore-demo");
        assertThat(store.get("/home").body()).contains("待确认的下架处置通知");
        String inbox = store.get("/app-store/notices").body();
        assertThat(inbox).contains("商店收件箱应用", app.filingNumber(), "含有诱导未成年人消费的内容");
        String noticeId = noticeIdOf(app.filingNumber());
        HttpResponse<String> answered = store.postForm("/app-store/notices/" + noticeId + "/ack",
                Map.of("action", "REMOVED", "_csrf", PageSession.csrfOf(inbox)));
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select action from takedown_delivery d join organisation o on o.id = d.platform_id "
                        + "where d.notice_id = ?::uuid and o.name = (select o2.name from account a join organisation o2 on o2.id = a.organisation_id where a.username = 'appstore-demo')")
                .param(noticeId).query(String.class).single()).isEqualTo("REMOVED");
        // another kind of user cannot open the store's inbox
        assertThat(signedIn("city-reviewer").get("/app-store/notices").statusCode()).isEqualTo(403);
    }

    @Test
    void theStoreReportsAReleaseOnItsPageAndSeesTheAnswer() {
        PageSession store = signedIn("appstore-demo");
        String page = store.get("/app-store/releases").body();
        String unknown = "com.example.unfiled" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> reported = store.postForm("/app-store/releases",
                Map.of("platform", "ANDROID", "identifier", unknown, "version", "1.0.0", "_csrf", PageSession.csrfOf(page)));
        assertThat(reported.statusCode()).isEqualTo(302);
        String after = store.get("/app-store/releases").body();
        assertThat(after).contains(unknown, "未备案", "已提示网信部门");
        // an incomplete report is refused with a Chinese notice, nothing stored
        long before = jdbc.sql("select count(*) from dist_release").query(Long.class).single();
        store.postForm("/app-store/releases", Map.of("platform", "BOGUS", "identifier", "x", "version", "1", "_csrf", PageSession.csrfOf(after)));
        assertThat(store.get("/app-store/releases").body()).contains("请选择平台并填写应用标识和版本号");
        assertThat(jdbc.sql("select count(*) from dist_release").query(Long.class).single()).isEqualTo(before);
    }

    private PageSession signedIn(String username) {
        PageSession s = new PageSession("http://localhost:" + port);
        assertThat(s.login(username, Api.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        return s;
    }

    private String noticeIdOf(String filingNumber) {
        return jdbc.sql("select id::text from takedown_notice where filing_number = ? order by issued_at desc limit 1")
                .param(filingNumber).query(String.class).single();
    }
}
