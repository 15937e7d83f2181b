package cn.eduapp.registry.outbox;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.certificate.Pdfs;
import cn.eduapp.registry.document.PdfSignatures;
import cn.eduapp.registry.notification.NotificationManagement;
import cn.eduapp.registry.outbox.internal.OutboxSender;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The wired notices by email: the certificate with its PDF attached, a complaint's answer, an inbox notice. */
class OutboxNoticesIT extends IntegrationTest {

    @Autowired
    OutboxSender sender;

    @Autowired
    NotificationManagement notifications;

    @Autowired
    TransactionTemplate tx;

    GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = MailFixtures.smtpServer();
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    /** Generous: the first certificate of a run renders with a 10 MB font and may create the signing key. */
    List<MimeMessage> awaitMail(String to) {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            sender.sendDue();
            return !MailFixtures.to(smtp, to).isEmpty();
        });
        return MailFixtures.to(smtp, to);
    }

    @Test
    void aNewFilingNumbersCertificateReachesTheProviderWithThePdfAttached() throws Exception {
        String email = MailFixtures.uniqueAddress();
        Fixtures.Provider p = MailFixtures.providerWithEmail(api(), email);
        PublicationFixtures.App app = new PublicationFixtures(api()).registered(p, "附件课堂" + PublicationFixtures.marker());

        List<MimeMessage> mail = awaitMail(email);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("备案证明：" + app.name() + "（" + app.filingNumber() + "）");
        Multipart parts = (Multipart) mail.get(0).getContent();
        byte[] pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).contains(".pdf");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                pdf = out.toByteArray();
            }
        }
        assertThat(pdf).isNotNull();
        assertThat(pdf).isEqualTo(api().bytes("/api/v1/filings/" + app.id() + "/certificate", p.token()).body());
        assertThat(PdfSignatures.verify(pdf).valid()).isTrue();
        assertThat(Pdfs.text(pdf)).contains(app.filingNumber());
    }

    @Test
    void aComplainantWhoGaveAnEmailReceivesTheAnswer() throws Exception {
        String email = MailFixtures.uniqueAddress();
        String app = "被投诉应用" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response filed = api().post("/api/v1/public/complaints", null, Api.json(Map.of("category", "ADVERTISING",
                "appName", app, "description", "应用首页弹出游戏广告，点击后跳转到游戏下载页面。",
                "contact", Map.of("name", "赵六", "email", email))));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String tracking = filed.text("trackingNumber");
        String holder = null;
        String id = null;
        for (String user : List.of("city-reviewer", "ca-officer", "cac-officer")) {
            for (JsonNode item : expect(api().get("/api/v1/complaints?size=200", api().token(user)), 200).json().path("items")) {
                if (item.path("trackingNumber").asString().equals(tracking)) {
                    holder = user;
                    id = item.path("id").asString();
                }
            }
        }
        assertThat(id).isNotNull();
        expect(api().post("/api/v1/complaints/" + id + "/resolve", api().token(holder),
                Api.json(Map.of("outcome", "SUBSTANTIATED", "feedback", "经查属实，已责令整改。"))), 200);

        List<MimeMessage> mail = awaitMail(email);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("投诉处理结果：" + tracking);
        assertThat((String) mail.get(0).getContent()).contains(app).contains("经查属实").contains("经查属实，已责令整改。");
    }

    @Test
    void aNoticeInAnOrganisationsInboxAlsoGoesToItsContactOnce() throws Exception {
        String school = jdbc.sql("select organisation_id::text from account where username = 'school-haidian-1'")
                .query(String.class).single();
        String email = MailFixtures.uniqueAddress();
        expect(api().put("/api/v1/outbox/contacts/" + school, api().token("city-reviewer"),
                Api.json(Map.of("email", email))), 204);
        expect(api().put("/api/v1/outbox/contacts/" + school, api().token("school-haidian-1"),
                Api.json(Map.of("email", email))), 403);
        String key = "test:" + UUID.randomUUID();
        tx.executeWithoutResult(s -> notifications.notify(List.of(school), "FILING_REVOKED", "贵校使用的应用已被撤销备案。", null, key));
        tx.executeWithoutResult(s -> notifications.notify(List.of(school), "FILING_REVOKED", "贵校使用的应用已被撤销备案。", null, key));

        awaitMail(email);
        sender.sendDue();
        List<MimeMessage> mail = MailFixtures.to(smtp, email);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("教育移动应用备案监管平台通知");
    }
}
