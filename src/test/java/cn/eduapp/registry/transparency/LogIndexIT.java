package cn.eduapp.registry.transparency;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the public side shows carries the index of the log entry behind it. */
class LogIndexIT extends IntegrationTest {

    @Autowired
    FilingManagement filings;

    private long leaf(String number, String kind) {
        return jdbc.sql("select max(seq) from log_leaf where filing_number = ? and kind = ?").params(number, kind)
                .query(Long.class).single();
    }

    @Test
    void verifyAnswersThePublicPageAndTheFeedNameTheEntryBehindThem() {
        PublicationFixtures pub = new PublicationFixtures(api());
        Fixtures.Provider p = fixtures().beijingCompany();
        PublicationFixtures.App app = pub.registered(p, "日志索引" + PublicationFixtures.marker());
        String store = api().token("appstore-demo");
        pub.awaitVerify(store, app.androidId(), "REGISTERED");
        long registered = leaf(app.filingNumber(), "REGISTERED");
        assertThat(pub.verify(store, "ANDROID", app.androidId()).json().path("logIndex").asLong()).isEqualTo(registered);

        filings.revoke(app.id(), Actor.SYSTEM, "测试撤销");
        pub.awaitVerify(store, app.androidId(), "REVOKED");
        long revoked = leaf(app.filingNumber(), "REVOKED");
        assertThat(revoked).isGreaterThan(registered);
        assertThat(pub.verify(store, "ANDROID", app.androidId()).json().path("logIndex").asLong()).isEqualTo(revoked);
        assertThat(pub.verify(store, "ANDROID", "com.example.never.filed").json().path("logIndex").isNull()).isTrue();

        String page = expect(api().get("/public/filings/" + PublicationFixtures.encode(app.filingNumber()), null), 200).body();
        assertThat(page).contains("第 " + revoked + " 条", "/api/v1/public/log/entries?start=" + revoked + "&amp;end=" + (revoked + 1));

        String feed = expect(api().get("/api/v1/public/changes.atom", null), 200).body();
        assertThat(feed).contains("公示日志第 " + revoked + " 条", "公示日志第 " + registered + " 条",
                "log/entries?start=" + revoked + "&amp;end=" + (revoked + 1));

        String logPage = expect(api().get("/public/log", null), 200).body();
        assertThat(logPage).contains("名单变更公示日志", "verify-log --url http://localhost:" + port, "href=\"/public/log\"");
    }
}
