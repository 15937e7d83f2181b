package cn.eduapp.registry.outbox;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.enforcement.EnforcementFixtures;
import cn.eduapp.registry.outbox.internal.persistence.OutboxRepository;
import cn.eduapp.registry.outbox.internal.OutboxSender;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notices by email against a real SMTP server (GreenMail) started by the test: a rectification order reaches
 * the provider's contact once, however many sender rounds run at once; a server down for a while delays
 * the message (back-off) and it is sent after; a sender that died holding a message does not lose it.
 */
class OutboxMailIT extends IntegrationTest {

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxRepository repository;

    @Autowired
    OutboxManagement outbox;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = MailFixtures.smtpServer();
        smtp.start();
        sender.sendDue(); // what other tests left in the outbox goes first
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    /** A registered app of a provider whose contact is {@code email}, ordered to rectify; returns the reason. */
    String orderedProviderAt(String email) {
        Fixtures.Provider p = MailFixtures.providerWithEmail(api(), email);
        PublicationFixtures.App app = new PublicationFixtures(api()).registered(p, "邮件课堂" + PublicationFixtures.marker());
        String reason = "隐私政策未载明收集的个人信息" + PublicationFixtures.marker();
        expect(api().post("/api/v1/rectifications", api().token("city-reviewer"), Api.json(Map.of(
                "filingId", app.id(), "reason", reason, "clause", "京教信〔2022〕5号 三(二)",
                "deadline", clock.instant().plus(Duration.ofDays(10)).toString()))), 201);
        return reason;
    }

    /** The provider's certificate goes to the same address; these tests follow the order's message. */
    static final String ORDER = "限期整改通知书";

    String status(String recipient) {
        return jdbc.sql("select status from outbox_message where recipient = ? and subject like ?").params(recipient, ORDER + "%")
                .query(String.class).single();
    }

    int attempts(String recipient) {
        return jdbc.sql("select attempts from outbox_message where recipient = ? and subject like ?").params(recipient, ORDER + "%")
                .query(Integer.class).single();
    }

    @Test
    void anOrderReachesTheProvidersContactOnceWhateverNumberOfSendersRun() throws Exception {
        String email = MailFixtures.uniqueAddress();
        String reason = orderedProviderAt(email);
        assertThat(status(email)).isEqualTo("PENDING");

        List<CompletableFuture<OutboxSender.Round>> rounds = List.of(CompletableFuture.supplyAsync(sender::sendDue),
                CompletableFuture.supplyAsync(sender::sendDue), CompletableFuture.supplyAsync(sender::sendDue));
        CompletableFuture.allOf(rounds.toArray(CompletableFuture[]::new)).join();
        sender.sendDue();

        List<MimeMessage> received = MailFixtures.to(smtp, email, ORDER);
        assertThat(received).hasSize(1);
        MimeMessage m = received.get(0);
        assertThat(m.getSubject()).startsWith("限期整改通知书：邮件课堂");
        assertThat((String) m.getContent()).contains(reason).contains("京教信〔2022〕5号 三(二)").contains("北京市教育委员会");
        assertThat(m.getMessageID()).startsWith("<outbox-").endsWith("@eduapp-registry>");
        assertThat(status(email)).isEqualTo("SENT");

        var page = expect(api().get("/api/v1/outbox?status=SENT&size=200", api().token("city-reviewer")), 200).json();
        assertThat(page.path("items").toString()).contains(email);
        expect(api().get("/api/v1/outbox", fixtures().beijingCompany().token()), 403);

        PageSession city = new PageSession("http://localhost:" + port);
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        String html = city.get("/outbox?status=SENT").body();
        assertThat(html).contains("发件箱").contains(email).contains("已发送").contains("限期整改通知书").doesNotContain(">SENT<");
        PageSession provider = new PageSession("http://localhost:" + port);
        Fixtures.Provider p = fixtures().beijingCompany();
        provider.login(p.username(), Fixtures.PASSWORD);
        assertThat(provider.get("/outbox").statusCode()).isEqualTo(403);
    }

    @Test
    void aMessageWaitsWhileTheServerIsDownAndIsSentOnceAfterItComesBack() throws Exception {
        smtp.stop();
        String email = MailFixtures.uniqueAddress();
        orderedProviderAt(email);

        sender.sendDue();
        var row = jdbc.sql("select status, attempts, last_error, next_attempt_at from outbox_message where recipient = ? and subject like ?")
                .params(email, ORDER + "%").query((rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()}).single();
        assertThat(row[0]).isEqualTo("PENDING");
        assertThat(row[1]).isEqualTo(1);
        assertThat((String) row[2]).isNotBlank();
        assertThat((Instant) row[3]).isAfter(clock.instant());

        sender.sendDue(); // not due yet: no second attempt
        assertThat(attempts(email)).isEqualTo(1);

        smtp = MailFixtures.smtpServer();
        smtp.start();
        sender.sendDue();
        assertThat(MailFixtures.to(smtp, email, ORDER)).as("still waiting for its back-off").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        sender.sendDue();
        assertThat(MailFixtures.to(smtp, email, ORDER)).hasSize(1);
        assertThat(status(email)).isEqualTo("SENT");
    }

    @Test
    void aMessageHeldBySenderThatDiedIsSentOnceWhenItsLeaseEnds() {
        String email = MailFixtures.uniqueAddress();
        orderedProviderAt(email);
        // an instance claims everything due, then dies before delivering
        Instant now = clock.instant();
        assertThat(repository.claim(List.of(Channel.EMAIL), now, now.plus(Duration.ofMinutes(5)), 1000))
                .anyMatch(d -> d.recipient().equals(email));

        sender.sendDue();
        assertThat(MailFixtures.to(smtp, email, ORDER)).as("another instance's claim is respected").isEmpty();
        assertThat(status(email)).isEqualTo("SENDING");

        clock.advance(Duration.ofMinutes(6));
        sender.sendDue();
        sender.sendDue();
        assertThat(MailFixtures.to(smtp, email, ORDER)).hasSize(1);
        assertThat(status(email)).isEqualTo("SENT");
    }

    @Test
    void aTextMessageGoesThroughTheSamePortToTheLoggingAdapterOnce() {
        String phone = "139" + String.format("%08d", (int) (Math.random() * 100_000_000));
        String key = "test-sms:" + phone;
        tx.executeWithoutResult(s -> assertThat(outbox.enqueue(new OutboundMessage(Channel.SMS, phone, "限期整改通知书已送达",
                "请登录平台查看。", null, key))).isTrue());
        tx.executeWithoutResult(s -> assertThat(outbox.enqueue(new OutboundMessage(Channel.SMS, phone, "限期整改通知书已送达",
                "请登录平台查看。", null, key))).as("the same cause is written once").isFalse());
        sender.sendDue();
        assertThat(jdbc.sql("select status from outbox_message where recipient = ?").param(phone).query(String.class).list())
                .containsExactly("SENT");
    }
}
