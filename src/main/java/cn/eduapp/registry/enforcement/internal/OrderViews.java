package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.DocumentRef;
import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.enforcement.RectificationView;
import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.enforcement.internal.persistence.CaseRepository;
import cn.eduapp.registry.enforcement.internal.persistence.OrderRepository;
import cn.eduapp.registry.system.web.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** An order as the API shows it: in full (history, documents, cases) or as a list's summary. */
@Component
public class OrderViews {

    private final OrderRepository orders;
    private final CaseRepository cases;
    private final Documents documents;
    private final Clock clock;

    OrderViews(OrderRepository orders, CaseRepository cases, Documents documents, Clock clock) {
        this.orders = orders;
        this.cases = cases;
        this.documents = documents;
        this.clock = clock;
    }

    public RectificationView view(String id) {
        RectificationOrder o = orders.find(id).orElseThrow(ApiProblem::notFound);
        return toView(o, orders.history(o.id), true);
    }

    public RectificationView summary(RectificationOrder o) {
        return toView(o, List.of(), false);
    }

    private RectificationView toView(RectificationOrder o, List<RectificationView.Entry> history, boolean full) {
        boolean overdue = o.status() == RectificationStatus.OVERDUE || o.isOverdue(clock.instant());
        List<DocumentRef> docs = full ? documents.ofOrder(o.id) : List.of();
        // opened: when the provider first opened the order's notice (its document keeps the receipt)
        Instant opened = docs.stream().filter(d -> d.kind().equals(Documents.RECTIFICATION_NOTICE))
                .map(DocumentRef::openedAt).filter(Objects::nonNull).findFirst().orElse(o.openedAt());
        return new RectificationView(o.id, o.status(), o.deadline(), o.filingId, o.filingNumber, o.appName,
                o.providerId, o.providerName, o.reason, o.clause, o.alertId, o.response(), o.respondedAt(),
                o.createdAt, o.createdBy, o.closedAt(), overdue, o.version, history,
                full ? orders.sourceComplaint(o.id) : null, o.documentNumber, o.servedAt(), opened,
                o.deadlineWorkingDays, o.serviceMethod(), o.refusalEvidence(), docs,
                full ? cases.ofOrder(o.id).stream().map(c -> c.id).toList() : List.of());
    }
}
