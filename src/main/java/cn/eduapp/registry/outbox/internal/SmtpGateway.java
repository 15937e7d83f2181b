package cn.eduapp.registry.outbox.internal;

import cn.eduapp.registry.outbox.Channel;
import cn.eduapp.registry.outbox.MessageGateway;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP through Boot's mail sender, which exists only when {@code spring.mail.host} is set;
 * without it the gateway is unavailable and messages wait. The Message-ID is the outbox row's, the same
 * on every attempt, so a receiving server can drop a repeat after a crash between handing over and marking.
 */
@Component
class SmtpGateway implements MessageGateway {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    SmtpGateway(ObjectProvider<JavaMailSender> mail, OutboxSettings settings) {
        this.mail = mail;
        this.from = settings.mailFrom();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean available() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public void deliver(Delivery m) throws Exception {
        JavaMailSender sender = mail.getObject();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, m.attachment() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(m.recipient());
        helper.setSubject(m.subject());
        helper.setText(m.body(), false);
        if (m.attachment() != null) {
            helper.addAttachment(m.attachment().fileName(), new ByteArrayResource(m.attachment().content()),
                    m.attachment().contentType());
        }
        message.saveChanges();
        message.setHeader("Message-ID", m.messageId());
        sender.send(message);
    }
}
