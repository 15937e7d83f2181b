package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.RectificationManagement.NewOrder;
import cn.eduapp.registry.enforcement.RectificationOrdered;
import cn.eduapp.registry.enforcement.RectificationServedOffline;
import cn.eduapp.registry.enforcement.RectificationStartedFromComplaint;
import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.enforcement.internal.persistence.OrderRepository;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.operations.WorkingCalendar;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rectification order's issue and service: the numbered 限期整改通知书, served in the system at once when the
 * provider has an account, otherwise recorded as served offline later; a working-day deadline runs from service.
 */
@Component
public class OrderIssuing {

    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final OrderRepository orders;
    private final Documents documents;
    private final NoticeTexts texts;
    private final FilingManagement filings;
    private final ProviderManagement providers;
    private final IdentityManagement identity;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Steps steps;
    private final Clock clock;

    OrderIssuing(OrderRepository orders, Documents documents, NoticeTexts texts, FilingManagement filings,
                 ProviderManagement providers, IdentityManagement identity, WorkingCalendar calendar,
                 ApplicationEventPublisher events, TransactionTemplate tx, Messages messages, Steps steps, Clock clock) {
        this.orders = orders;
        this.documents = documents;
        this.texts = texts;
        this.filings = filings;
        this.providers = providers;
        this.identity = identity;
        this.calendar = calendar;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.steps = steps;
        this.clock = clock;
    }

    /** Orders rectification of a REGISTERED filing the caller may see; the new order's id. */
    public String order(CurrentUser user, NewOrder n) {
        String source = blankToNull(n.complaintId());
        if (source != null && !source.matches(UUID_PATTERN)) {
            throw ApiProblem.badField("complaintId", "INVALID_VALUE", messages.get("problem.invalidField", "complaintId"));
        }
        if ((n.deadline() == null) == (n.deadlineWorkingDays() == null)) {
            throw ApiProblem.badField("deadline", "REQUIRED", messages.get("enforcement.order.deadlineOrDays"));
        }
        if (n.deadlineWorkingDays() != null && (n.deadlineWorkingDays() < 1 || n.deadlineWorkingDays() > 60)) {
            throw ApiProblem.badField("deadlineWorkingDays", "INVALID_VALUE", messages.get("enforcement.order.workingDaysRange"));
        }
        FilingListing filing = filings.listing(filings.view(n.filingId(), user).id()).orElseThrow(ApiProblem::notFound);
        if (n.deadline() != null) {
            steps.requireFuture(n.deadline(), "deadline");
        }
        if (orders.hasActiveOrder(filing.id())) {
            throw ApiProblem.conflict("enforcement.order.alreadyOpen");
        }
        if (filing.status() != FilingStatus.REGISTERED) {
            throw ApiProblem.conflict("enforcement.order.notRegistered", messages.get("filing.status." + filing.status().name()));
        }
        Instant now = clock.instant();
        boolean served = !identity.accountsOf(filing.providerId()).isEmpty();
        Instant deadline = n.deadline() != null ? n.deadline()
                : served ? workingDayDeadline(now, n.deadlineWorkingDays()) : null;
        String creditCode = providers.snapshot(filing.providerId()).map(p -> p.creditCode().value()).orElse("");
        String id = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            String number = documents.nextNumber(Documents.RECTIFICATION_NOTICE);
            RectificationOrder o = new RectificationOrder(id, filing.id(), filing.providerId(), filing.filingNumber(),
                    filing.appName(), filing.providerName(), n.reason().trim(), n.clause().trim(), deadline,
                    n.deadlineWorkingDays(), blankToNull(n.alertId()), RectificationStatus.OPEN, null, null, now,
                    user.username(), null, number, served ? now : null, null, null, null, 0);
            orders.insert(o);
            texts.issueNotice(o, creditCode, n.deadline(), user.actor(), served);
            orders.appendHistory(id, now, user.username(), "ORDERED", null, RectificationStatus.OPEN,
                    number + " " + o.reason + "（" + o.clause + "）");
            filings.orderRectification(filing.id(), user.actor(), o.reason + "（" + o.clause + "）");
            events.publishEvent(new RectificationOrdered(user.actor(), id, o.filing(), o.provider(), o.filingNumber,
                    o.reason, o.clause, deadline, o.alertId));
            if (source != null) {
                orders.recordSource(id, source);
                events.publishEvent(new RectificationStartedFromComplaint(user.actor(), id, source));
            }
        });
        return id;
    }

    /** The city records service outside the system (date, method); a working-day deadline starts from it. */
    public void servedOffline(RectificationOrder o, CurrentUser user, Instant servedAt, String method) {
        if (servedAt.isAfter(clock.instant())) {
            throw ApiProblem.badField("servedAt", "INVALID_VALUE", messages.get("enforcement.service.future"));
        }
        Instant deadline = o.deadlineWorkingDays == null ? null : workingDayDeadline(servedAt, o.deadlineWorkingDays);
        steps.run(() -> o.servedOffline(servedAt, method.trim(), deadline));
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            orders.save(o);
            documents.servedOffline(o.id, servedAt);
            orders.appendHistory(o.id, now, user.username(), "SERVED_OFFLINE", o.status(), o.status(),
                    Documents.day(servedAt) + " " + method.trim());
            events.publishEvent(new RectificationServedOffline(user.actor(), o.id, o.filing(), o.provider(),
                    o.documentNumber, servedAt, method.trim(), o.deadline()));
        });
    }

    private Instant workingDayDeadline(Instant servedAt, int days) {
        return Deadlines.endOf(calendar.plusWorkingDays(servedAt.atZone(Beijing.ZONE).toLocalDate(), days));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
