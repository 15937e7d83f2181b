package cn.eduapp.registry.outbox.internal.notices;

import cn.eduapp.registry.complaint.ComplaintAnswers;
import cn.eduapp.registry.complaint.ComplaintResolved;
import cn.eduapp.registry.outbox.OutboxManagement;
import cn.eduapp.registry.system.web.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** The complaint's answer to a complainant who gave an email, in the deciding transaction. */
@Component
class ComplaintNotices {

    private final OutboxManagement outbox;
    private final ComplaintAnswers complaints;
    private final Messages messages;

    ComplaintNotices(OutboxManagement outbox, ComplaintAnswers complaints, Messages messages) {
        this.outbox = outbox;
        this.complaints = complaints;
        this.messages = messages;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ComplaintResolved e) {
        complaints.forComplainant(e.complaintId()).ifPresent(a -> outbox.enqueueEmail(a.email(), "complaint-answer",
                EnforcementNotices.model("trackingNumber", a.trackingNumber(), "app", a.appName(),
                        "outcome", messages.get("complaint.outcome." + a.outcome().name()), "feedback", a.feedback()),
                "ComplaintResolved:" + e.complaintId() + ":" + e.at(), null));
    }
}
