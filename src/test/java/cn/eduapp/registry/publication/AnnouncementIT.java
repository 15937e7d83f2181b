package cn.eduapp.registry.publication;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eduapp.registry.certificate.Pdfs;
import cn.eduapp.registry.document.PdfSignatures;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Numbered announcements: serial per year, the CSVs of the announcement equal the asOf exports of that
 * day, a signed PDF naming serial and approver, listed publicly, and never edited.
 */
class AnnouncementIT extends IntegrationTest {

    JsonNode publish(LocalDate asOf, String title) {
        return expect(api().post("/api/v1/announcements", api().token("city-reviewer"),
                Api.json(Map.of("asOf", asOf.toString(), "title", title, "approver", "张主任"))), 201).json();
    }

    @Test
    void anAnnouncementCarriesTheAsOfExportsOfItsDayASerialAndASignedPdf() throws Exception {
        PublicationFixtures pub = new PublicationFixtures(api());
        Fixtures.Provider p = pub.provider("公告科技" + PublicationFixtures.marker() + "有限公司");
        pub.awaitPublicStatus(pub.registered(p, "公告课堂" + PublicationFixtures.marker()).filingNumber(), "REGISTERED");
        LocalDate yesterday = Beijing.today(clock).minusDays(1);
        int year = Beijing.today(clock).getYear();

        JsonNode first = publish(yesterday, "北京市教育移动应用白名单和黑名单公告");
        JsonNode second = publish(yesterday, "更正公告");
        assertThat(first.path("serial").asString()).matches(year + "年第\\d+期");
        int n = Integer.parseInt(first.path("serial").asString().replaceAll("^\\d+年第(\\d+)期$", "$1"));
        assertThat(second.path("serial").asString()).isEqualTo(year + "年第" + (n + 1) + "期");
        assertThat(first.path("asOf").asString()).isEqualTo(yesterday.toString());
        assertThat(first.path("publishedAt").asString()).isNotBlank();
        String id = first.path("id").asString();

        for (String list : new String[] {"whitelist", "blacklist"}) {
            String published = expect(api().get("/api/v1/public/announcements/" + id + "/" + list + ".csv", null), 200).body();
            String export = expect(api().get("/api/v1/public/" + list + ".csv?asOf=" + yesterday, null), 200).body();
            assertThat(published).as(list).isEqualTo(export);
        }

        byte[] pdf = api().bytes("/api/v1/public/announcements/" + id + ".pdf", null).body();
        assertThat(Pdfs.text(pdf)).contains("北京市教育移动应用白名单和黑名单公告", first.path("serial").asString(), "批准人：张主任",
                "黑名单", "白名单");
        assertThat(PdfSignatures.verify(pdf).valid()).isTrue();

        JsonNode listed = expect(api().get("/api/v1/public/announcements?size=100", null), 200).json();
        assertThat(listed.path("items").toString()).contains(id).contains(PdfSignatures.sha256(pdf));
        assertThat(api().get("/public/announcements", null).body()).contains(first.path("serial").asString());
        // each announcement is a leaf of the public log, written with it (issue 24)
        assertThat(jdbc.sql("select count(*) from log_leaf where kind = 'ANNOUNCEMENT_PUBLISHED' and leaf like ?")
                .param("%" + first.path("serial").asString() + "%").query(Long.class).single()).isEqualTo(1);
        assertThat(api().get("/public/announcements/" + id, null).body()).contains("张主任").contains(PdfSignatures.sha256(pdf));
    }

    @Test
    void anAnnouncementIsNeverEditedAndOnlyTheCityPublishesOne() {
        String id = publish(Beijing.today(clock), "不可修改的公告").path("id").asString();

        assertThat(api().send("PUT", "/api/v1/public/announcements/" + id, api().token("city-reviewer"), "application/json",
                "{\"title\":\"改过的\"}".getBytes()).status()).isIn(404, 405);
        assertThat(api().send("DELETE", "/api/v1/public/announcements/" + id, api().token("city-reviewer"), null,
                new byte[0]).status()).isIn(404, 405);
        assertThatThrownBy(() -> jdbc.sql("update announcement set title = '改过的' where id = ?").param(UUID.fromString(id)).update())
                .hasMessageContaining("never edited");
        assertThatThrownBy(() -> jdbc.sql("delete from announcement where id = ?").param(UUID.fromString(id)).update())
                .hasMessageContaining("never edited");
        assertThat(expect(api().get("/api/v1/public/announcements/" + id, null), 200).text("title")).isEqualTo("不可修改的公告");

        expect(api().post("/api/v1/announcements", fixtures().beijingCompany().token(),
                Api.json(Map.of("asOf", "2026-01-01", "title", "越权"))), 403);
        expect(api().post("/api/v1/announcements", api().token("city-reviewer"),
                Api.json(Map.of("asOf", Beijing.today(clock).plusDays(1).toString(), "title", "未来"))), 400);
        expect(api().post("/api/v1/announcements", api().token("city-reviewer"), Api.json(Map.of("asOf", "2026-01-01"))), 400);
    }
}
