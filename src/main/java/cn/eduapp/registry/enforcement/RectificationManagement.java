package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.enforcement.internal.OrderDecisions;
import cn.eduapp.registry.enforcement.internal.OrderIssuing;
import cn.eduapp.registry.enforcement.internal.OrderViews;
import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.enforcement.internal.persistence.OrderRepository;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Rectification orders (京教信〔2022〕5号 五): the numbered 限期整改通知书 with its service ({@code OrderIssuing}),
 * the provider's answer, the city's decision on it, and the city's finding of 拒不整改 which opens a case
 * ({@code OrderDecisions}). Callers check roles; this checks who may see which object (404), the body (400) and
 * the state (409).
 */
@Service
public class RectificationManagement {

    /** The dashboard's "due soon": open orders whose deadline falls within this. */
    public static final Duration DUE_SOON = Duration.ofDays(3);

    private final OrderRepository orders;
    private final OrderViews views;
    private final OrderIssuing issuing;
    private final OrderDecisions decisions;
    private final Clock clock;

    RectificationManagement(OrderRepository orders, OrderViews views, OrderIssuing issuing, OrderDecisions decisions,
                            Clock clock) {
        this.orders = orders;
        this.views = views;
        this.issuing = issuing;
        this.decisions = decisions;
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
        return views.view(issuing.order(user, n));
    }

    /** The city records service outside the system (date, method); a working-day deadline starts from it. */
    public RectificationView offlineService(String id, CurrentUser user, Instant servedAt, String method) {
        RectificationOrder o = visible(id, user);
        issuing.servedOffline(o, user, servedAt, method);
        return views.view(o.id);
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
        decisions.respond(o, user, description);
        return views.view(o.id);
    }

    /**
     * The city's decision on an answer: accepted closes the order and the filing is REGISTERED again; not
     * accepted reopens it with a comment, and with a new future deadline when the old one has passed.
     */
    public RectificationView decide(String id, CurrentUser user, boolean accepted, @Nullable String comment,
                                    @Nullable Instant newDeadline) {
        RectificationOrder o = visible(id, user);
        decisions.decide(o, user, accepted, comment, newDeadline);
        return views.view(o.id);
    }

    /** 拒不整改 found by the city, with its evidence: the order REFUSED and a case opened with a prior notice. */
    public RectificationView refusalFinding(String id, CurrentUser user, String evidence) {
        RectificationOrder o = visible(id, user);
        decisions.refusalFound(o, user, evidence);
        return views.view(o.id);
    }

    public RectificationView view(String id, CurrentUser user) {
        return views.view(visible(id, user).id);
    }

    public PageResult<RectificationView> list(CurrentUser user, @Nullable String filingId,
                                              @Nullable RectificationStatus status, PageQuery page) {
        String providerId = user.isAgency() ? null : user.organisationId();
        return orders.list(OrderRepository.Filter.of(providerId, filingId, status), page).map(views::summary);
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
        return orders.list(f, page).map(views::summary);
    }
}
