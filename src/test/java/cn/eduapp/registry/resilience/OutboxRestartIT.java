package cn.eduapp.registry.resilience;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.outbox.MailFixtures;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.PublicationFixtures;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The outbox across a restart: an instance without a mail server writes a rectification order's email
 * (it waits, 待发送) and is killed (kill -9); a new instance on the same data, with a mail server, sends it
 * once — not lost, not doubled — over several sender rounds.
 */
class OutboxRestartIT {

    @Test
    void aMessageWrittenBeforeAKillIsSentOnceByTheNextInstance() throws Exception {
        Path dataDir = Files.createTempDirectory("eduapp-outbox").resolve("data");
        String email = MailFixtures.uniqueAddress();
        try (ServiceProcess first = new ServiceProcess(dataDir).start("--registry.demo=true")) {
            Api api = first.api();
            Fixtures.Provider p = MailFixtures.providerWithEmail(api, email);
            PublicationFixtures.App app = new PublicationFixtures(api).registered(p, "重启课堂");
            expect(api.post("/api/v1/rectifications", api.token("city-reviewer"), Api.json(Map.of("filingId", app.id(),
                    "reason", "存在诱导消费内容", "clause", "京教信〔2022〕5号 三",
                    "deadline", Instant.now().plus(Duration.ofDays(10)).toString()))), 201);
            var waiting = expect(api.get("/api/v1/outbox?status=PENDING&size=100", api.token("city-reviewer")), 200).json();
            assertThat(waiting.path("items").toString()).contains(email);
            first.kill9();
        }

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (ServiceProcess second = new ServiceProcess(dataDir).start("--registry.demo=true",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--registry.outbox.send-initial-delay=PT1S", "--registry.outbox.send-interval=PT1S")) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !MailFixtures.to(smtp, email, "限期整改通知书").isEmpty());
            Thread.sleep(4_000); // several more rounds
            assertThat(MailFixtures.to(smtp, email, "限期整改通知书")).hasSize(1);
            assertThat(MailFixtures.to(smtp, email, "限期整改通知书").get(0).getSubject()).startsWith("限期整改通知书：重启课堂");
            Api api = second.api();
            var sent = expect(api.get("/api/v1/outbox?status=SENT&size=100", api.token("city-reviewer")), 200).json();
            assertThat(sent.path("items").toString()).contains(email);
        } finally {
            smtp.stop();
        }
    }
}
