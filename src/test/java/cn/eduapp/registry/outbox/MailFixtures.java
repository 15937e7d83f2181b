package cn.eduapp.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A real SMTP server (GreenMail) on the tests' mail port, and providers with an address of their own. */
public final class MailFixtures {

    private MailFixtures() {
    }

    public static GreenMail smtpServer() {
        return new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public static String uniqueAddress() {
        return "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@provider.example.cn";
    }

    /** A Beijing company whose contact email is {@code email}. */
    public static Fixtures.Provider providerWithEmail(Api api, String email) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "pm-" + suffix;
        String name = "北京邮件教育科技" + suffix;
        Api.Response r = api.post("/api/v1/providers", null, Api.json(Map.of("name", name,
                "creditCode", CreditCodes.generate("91", "110108"), "legalPersonType", "FOR_PROFIT",
                "contact", Map.of("name", "王五", "phone", "13700000000", "email", email),
                "account", Map.of("username", username, "password", Fixtures.PASSWORD))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Fixtures(api).verified(new Fixtures.Provider(r.text("id"), name, r.text("creditCode"), username, api.login(username, Fixtures.PASSWORD)));
    }

    /** The messages the server received for {@code address} whose subject starts with {@code subject}. */
    public static List<MimeMessage> to(GreenMail server, String address, String subject) {
        return to(server, address).stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().startsWith(subject);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The messages the server received for {@code address}. */
    public static List<MimeMessage> to(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                Address[] all = m.getAllRecipients();
                return all != null && Arrays.stream(all).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
