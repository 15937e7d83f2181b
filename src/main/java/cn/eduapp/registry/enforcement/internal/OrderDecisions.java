package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.CaseGround;
import cn.eduapp.registry.enforcement.RectificationAnswered;
import cn.eduapp.registry.enforcement.RectificationDecided;
import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.enforcement.RefusalFound;
import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.enforcement.internal.persistence.OrderRepository;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows an order's service: the provider's answer, the city's decision on it, and the city's finding of
 * 拒不整改 (which opens a case). The caller found the order and checked who may act on it.
 */
@Component
public class OrderDecisions {

    private final OrderRepository orders;
    private final CaseOpener opener;
    private final FilingManagement filings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Steps steps;
    private final Clock clock;

    OrderDecisions(OrderRepository orders, CaseOpener opener, FilingManagement filings, ApplicationEventPublisher events,
                   TransactionTemplate tx, Messages messages, Steps steps, Clock clock) {
        this.orders = orders;
        this.opener = opener;
        this.filings = filings;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.steps = steps;
        this.clock = clock;
    }

    /** The provider's answer, before the deadline. */
    public void respond(RectificationOrder o, CurrentUser user, String description) {
        Instant now = clock.instant();
        steps.run(() -> o.respond(description.trim(), now));
        tx.executeWithoutResult(s -> {
            orders.save(o);
            orders.appendHistory(o.id, now, user.username(), "RESPONDED", RectificationStatus.OPEN,
                    RectificationStatus.RESPONDED, description);
            events.publishEvent(new RectificationAnswered(user.actor(), o.id, o.filing(), o.provider(), now));
        });
    }

    /**
     * The city's decision on an answer: accepted closes the order and the filing is REGISTERED again; not
     * accepted reopens it with a comment, and with a new future deadline when the old one has passed.
     */
    public void decide(RectificationOrder o, CurrentUser user, boolean accepted, @Nullable String comment,
                       @Nullable Instant newDeadline) {
        Instant now = clock.instant();
        if (!accepted) {
            if (comment == null || comment.isBlank()) {
                throw ApiProblem.badField("comment", "REQUIRED", messages.get("enforcement.decision.commentRequired"));
            }
            if (newDeadline == null && o.deadline() != null && o.deadline().isBefore(now)) {
                throw ApiProblem.badField("deadline", "REQUIRED", messages.get("enforcement.decision.deadlineRequired"));
            }
        }
        if (newDeadline != null) {
            steps.requireFuture(newDeadline, "deadline");
        }
        RectificationStatus from = o.status();
        Instant deadline = newDeadline == null ? o.deadline() : newDeadline;
        steps.run(() -> {
            if (accepted) {
                o.accept(now);
            } else {
                o.reopen(deadline);
            }
        });
        tx.executeWithoutResult(s -> {
            orders.save(o);
            if (accepted) {
                orders.appendHistory(o.id, now, user.username(), "ACCEPTED", from, RectificationStatus.CLOSED, comment);
                filings.acceptRectification(o.filingId, user.actor(), comment);
            } else {
                orders.appendHistory(o.id, now, user.username(), "REOPENED", from, RectificationStatus.OPEN,
                        comment + (newDeadline == null ? "" : "（" + messages.get("enforcement.newDeadline") + " "
                                + Documents.minute(newDeadline) + "）"));
            }
            events.publishEvent(new RectificationDecided(user.actor(), o.id, o.filing(), o.provider(), accepted,
                    comment, deadline, now));
        });
    }

    /** 拒不整改 found by the city, with its evidence: the order REFUSED and a case opened with a prior notice. */
    public void refusalFound(RectificationOrder o, CurrentUser user, String evidence) {
        Instant now = clock.instant();
        RectificationStatus from = o.status();
        steps.run(() -> o.refusalFound(evidence.trim()));
        tx.executeWithoutResult(s -> {
            orders.save(o);
            orders.appendHistory(o.id, now, user.username(), "REFUSAL_FOUND", from, RectificationStatus.REFUSED, evidence);
            events.publishEvent(new RefusalFound(user.actor(), o.id, o.filing(), o.provider(), o.filingNumber,
                    evidence.trim(), now));
            opener.open(o, CaseGround.REFUSAL, user.actor());
        });
    }
}
