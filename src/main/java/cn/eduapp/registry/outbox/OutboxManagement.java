package cn.eduapp.registry.outbox;

import cn.eduapp.registry.outbox.internal.NoticeTemplates;
import cn.eduapp.registry.outbox.internal.persistence.OutboxRepository;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door into the outbox. {@link #enqueue} joins the caller's transaction, so a message exists
 * exactly when the decision it tells about was committed; the sender delivers it afterwards. This is the
 * port later work uses for verification results and claim codes (issue 23 wires enforcement, complaints
 * and notifications).
 */
@Service
public class OutboxManagement {

    private static final Logger log = LoggerFactory.getLogger(OutboxManagement.class);

    private final OutboxRepository outbox;
    private final NoticeTemplates templates;
    private final Clock clock;

    OutboxManagement(OutboxRepository outbox, NoticeTemplates templates, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
    }

    /** Writes the message in the caller's transaction (its own when there is none); false when its cause was already enqueued. */
    @Transactional
    public boolean enqueue(OutboundMessage message) {
        return outbox.insert(message, clock.instant());
    }

    /**
     * An email from a template under {@code templates/mail/{template}.txt}: its first line is the subject,
     * the rest the body (Thymeleaf text mode, variables from {@code model}).
     */
    @Transactional
    public boolean enqueueEmail(String to, String template, Map<String, Object> model, String dedupKey,
                                OutboundMessage.@Nullable Attachment attachment) {
        NoticeTemplates.Text text;
        try {
            text = templates.render(template, model);
        } catch (TemplateEngineException e) {
            // a broken text must not undo the decision it tells about; the error is logged for the fix
            log.error("Notice template {} failed; message to {} not written", template, to, e);
            return false;
        }
        OutboundMessage m = OutboundMessage.email(to, text.subject(), text.body(), dedupKey);
        return enqueue(attachment == null ? m : m.with(attachment));
    }

    /** The address an organisation without one of its own in the platform (app store, district, school) gave. */
    public Optional<String> contactEmail(String organisationId) {
        return outbox.contactEmail(organisationId);
    }

    @Transactional
    public void setContact(String organisationId, @Nullable String email, @Nullable String phone) {
        outbox.saveContact(organisationId, email, phone, clock.instant());
    }

    public PageResult<OutboxEntry> list(@Nullable OutboxStatus status, PageQuery page) {
        return outbox.list(status, page);
    }

    /** Puts a FAILED message back in the queue; an unknown one is 404, one that has not failed 409. */
    @Transactional
    public void retry(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound();
        }
        if (!outbox.retry(uuid, clock.instant())) {
            throw outbox.exists(uuid) ? ApiProblem.conflict("outbox.retry.not-failed") : ApiProblem.notFound();
        }
    }
}
