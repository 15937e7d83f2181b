package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.system.web.Messages;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The 限期整改通知书: the facts, the clause, the deadline (a moment, or N working days from service), how to answer. */
@Component
public class NoticeTexts {

    private final Documents documents;
    private final Messages messages;

    NoticeTexts(Documents documents, Messages messages) {
        this.documents = documents;
        this.messages = messages;
    }

    /** Issues the order's notice under the order's number, in the caller's transaction. */
    public void issueNotice(RectificationOrder o, String creditCode, @Nullable Instant deadline, Actor actor, boolean served) {
        String when = deadline != null
                ? messages.get("enforcement.notice.deadlineAt", Documents.minute(deadline))
                : messages.get("enforcement.notice.deadlineDays", String.valueOf(o.deadlineWorkingDays));
        documents.issue(Documents.RECTIFICATION_NOTICE, o.documentNumber, o.id, null, o.providerId,
                messages.get("enforcement.document.addressee", o.providerName, creditCode),
                List.of(messages.get("enforcement.notice.facts", o.appName, String.valueOf(o.filingNumber), o.reason),
                        messages.get("enforcement.notice.clause", o.clause), when,
                        messages.get("enforcement.notice.howToAnswer")),
                actor, served);
    }
}
