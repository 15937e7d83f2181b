package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.enforcement.internal.CaseOpener;
import cn.eduapp.registry.enforcement.internal.OrderViews;
import cn.eduapp.registry.enforcement.internal.Deadlines;
import cn.eduapp.registry.enforcement.internal.Documents;
import cn.eduapp.registry.enforcement.internal.NoticeTexts;
import cn.eduapp.registry.enforcement.internal.OrderRepository;
import cn.eduapp.registry.enforcement.internal.Steps;
import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.operations.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rectification orders (京教信〔2022〕5号 五): the numbered 限期整改通知书 with its service, the provider's answer,
 * the city's decision on it, and the city's finding of 拒不整改 (which opens a case). Callers check roles; this
 * checks who may see which object (404), the body (400) and the state (409).
 */
@Service
public class RectificationManagement {

    /** The dashboard's "due soon": open orders whose deadline falls within this. */
    public static final Duration DUE_SOON = Duration.ofDays(3);
    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final OrderRepository orders;
    private final OrderViews views;
    private final CaseOpener opener;
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

    RectificationManagement(OrderRepository orders, OrderViews views, CaseOpener opener, Documents documents, NoticeTexts texts,
                            FilingManagement filings, ProviderManagement providers, IdentityManagement identity,
                            WorkingCalendar calendar, ApplicationEventPublisher events, TransactionTemplate tx,
                            Messages messages, Steps steps, Clock clock) {
        this.orders = orders;
        this.views = views;
        this.opener = opener;
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

    /** What the city orders: the deadline is a moment or a number of working days from service. */
    public record NewOrder(String filingId, String reason, String clause, @Nullable Instant deadline,
                           @Nullable Integer deadlineWorkingDays, @Nullable String alertId, @Nullable String complaintId) {
    }

    /**
     * Orders rectification of a REGISTERED filing, issuing its numbered notice. Served in the system at once when
     * the provider has an account; otherwise the city records an offline service and the deadline starts then.
     */
    public RectificationView order(CurrentUser user, NewOrder n) {
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
        FilingListing filing = listing(filings.view(n.filingId(), user).id());
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
        return view(id);
    }

    private Instant workingDayDeadline(Instant servedAt, int days) {
        return Deadlines.endOf(calendar.plusWorkingDays(servedAt.atZone(Beijing.ZONE).toLocalDate(), days));
    }

    /** The city records service outside the system (date, method); a working-day deadline starts from it. */
    public RectificationView offlineService(String id, CurrentUser user, Instant servedAt, String method) {
        RectificationOrder o = visible(id, user);
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
        return view(o.id);
    }

    /** 404 unless the caller may see the order: agencies every order, a provider its own. */
    public void requireVisible(String id, CurrentUser user) {
        visible(id, user);
    }

    /** 404 unless visible, 403 unless the caller is the order's provider. */
    public void requireOwn(String id, CurrentUser user) {
        ownOrder(id, user);
    }

    private RectificationOrder visible(String id, CurrentUser user) {
        RectificationOrder o = orders.find(id).orElseThrow(ApiProblem::notFound);
        boolean own = user.has(Role.PROVIDER) && o.providerId.equals(user.organisationId());
        if (!own && !user.isAgency()) {
            throw ApiProblem.notFound();
        }
        return o;
    }

    private RectificationOrder ownOrder(String id, CurrentUser user) {
        RectificationOrder o = visible(id, user);
        if (!user.has(Role.PROVIDER) || !o.providerId.equals(user.organisationId())) {
            throw ApiProblem.forbidden();
        }
        return o;
    }

    public RectificationView respond(String id, CurrentUser user, String description) {
        RectificationOrder o = ownOrder(id, user);
        Instant now = clock.instant();
        steps.run(() -> o.respond(description.trim(), now));
        tx.executeWithoutResult(s -> {
            orders.save(o);
            orders.appendHistory(o.id, now, user.username(), "RESPONDED", RectificationStatus.OPEN,
                    RectificationStatus.RESPONDED, description);
            events.publishEvent(new RectificationAnswered(user.actor(), o.id, o.filing(), o.provider(), now));
        });
        return view(o.id);
    }

    /**
     * The city's decision on an answer: accepted closes the order and the filing is REGISTERED again; not
     * accepted reopens it with a comment, and with a new future deadline when the old one has passed.
     */
    public RectificationView decide(String id, CurrentUser user, boolean accepted, @Nullable String comment,
                                    @Nullable Instant newDeadline) {
        RectificationOrder o = visible(id, user);
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
        return view(o.id);
    }

    /** 拒不整改 found by the city, with its evidence: the order REFUSED and a case opened with a prior notice. */
    public RectificationView refusalFinding(String id, CurrentUser user, String evidence) {
        RectificationOrder o = visible(id, user);
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
        return view(o.id);
    }

    public RectificationView view(String id, CurrentUser user) {
        return view(visible(id, user).id);
    }

    public PageResult<RectificationView> list(CurrentUser user, @Nullable String filingId,
                                              @Nullable RectificationStatus status, PageQuery page) {
        String providerId = user.isAgency() ? null : user.organisationId();
        return orders.list(OrderRepository.Filter.of(providerId, filingId, status), page).map(this::summary);
    }

    /** The city's dashboard lists: open, answered, due within three days, overdue, refused, closed. */
    public PageResult<RectificationView> dashboard(String which, @Nullable String q, PageQuery page) {
        Instant now = clock.instant();
        OrderRepository.Filter f = switch (which) {
            case "responded" -> new OrderRepository.Filter(null, null, RectificationStatus.RESPONDED, null, null, q);
            case "dueSoon" -> new OrderRepository.Filter(null, null, RectificationStatus.OPEN, now, now.plus(DUE_SOON), q);
            case "overdue" -> new OrderRepository.Filter(null, null, RectificationStatus.OVERDUE, null, null, q);
            case "refused" -> new OrderRepository.Filter(null, null, RectificationStatus.REFUSED, null, null, q);
            case "closed" -> new OrderRepository.Filter(null, null, RectificationStatus.CLOSED, null, null, q);
            default -> new OrderRepository.Filter(null, null, RectificationStatus.OPEN, null, null, q);
        };
        return orders.list(f, page).map(this::summary);
    }

    private FilingListing listing(String filingId) {
        return filings.listing(filingId).orElseThrow(ApiProblem::notFound);
    }

    private RectificationView view(String id) {
        return views.view(id);
    }

    private RectificationView summary(RectificationOrder o) {
        return views.summary(o);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
