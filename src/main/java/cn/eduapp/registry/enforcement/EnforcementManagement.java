package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.enforcement.internal.IcpRepository;
import cn.eduapp.registry.enforcement.internal.OrderRepository;
import cn.eduapp.registry.enforcement.internal.OrderRepository.StoredOrder;
import cn.eduapp.registry.enforcement.internal.TakedownNotices;
import cn.eduapp.registry.enforcement.internal.metrics.EnforcementMetrics;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingSummary;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.provider.Licence;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CreditCode;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.ApiProblem;
import cn.eduapp.registry.system.Messages;
import cn.eduapp.registry.system.PageQuery;
import cn.eduapp.registry.system.PageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforcement (京教信〔2022〕5号 四、五): rectification orders and their escalation, takedown notices, the
 * preschool revocation and the CA's ICP work. Callers check roles ({@code @AllowedRoles}); this checks who
 * may see which object (404), the body's values (400) and the state (409), in API.md's order.
 */
@Service
public class EnforcementManagement {

    /** Where the six-month ban on new filings comes from. */
    public static final String BAN_CLAUSE = "京教信〔2022〕5号 五；《教育移动互联网应用程序备案管理办法》";
    public static final String PRESCHOOL_CLAUSE = "京教信〔2022〕5号 三（五）";
    public static final int BAN_MONTHS = 6;
    /** The dashboard's "due soon": open orders whose deadline falls within this. */
    public static final Duration DUE_SOON = Duration.ofDays(3);

    private static final Logger log = LoggerFactory.getLogger(EnforcementManagement.class);
    private static final int SWEEP_BATCH = 200;

    private final OrderRepository orders;
    private final TakedownNotices notices;
    private final IcpRepository icp;
    private final FilingManagement filings;
    private final ProviderManagement providers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final EnforcementMetrics metrics;
    private final Clock clock;

    EnforcementManagement(OrderRepository orders, TakedownNotices notices, IcpRepository icp, FilingManagement filings,
                          ProviderManagement providers, ApplicationEventPublisher events, TransactionTemplate tx,
                          Messages messages, EnforcementMetrics metrics, Clock clock) {
        this.orders = orders;
        this.metrics = metrics;
        this.notices = notices;
        this.icp = icp;
        this.filings = filings;
        this.providers = providers;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    // --- rectification orders ---

    /** The city orders rectification of a REGISTERED filing by a future deadline; one open order per filing. */
    public RectificationView order(CurrentUser user, String filingId, String reason, String clause, Instant deadline,
                                   @Nullable String alertId) {
        return order(user, filingId, reason, clause, deadline, alertId, null);
    }

    /** The same, started from a substantiated complaint, whose id the order keeps (and the complaint the order's). */
    public RectificationView order(CurrentUser user, String filingId, String reason, String clause, Instant deadline,
                                   @Nullable String alertId, @Nullable String complaintId) {
        String source = blankToNull(complaintId);
        if (source != null && !source.matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")) {
            throw ApiProblem.badField("complaintId", "INVALID_VALUE", messages.get("problem.invalidField", "complaintId"));
        }
        FilingListing filing = listing(filings.view(filingId, user).id());
        requireFuture(deadline, "deadline");
        if (orders.hasActiveOrder(filing.id())) {
            throw ApiProblem.conflict("enforcement.order.alreadyOpen");
        }
        if (filing.status() != FilingStatus.REGISTERED) {
            throw ApiProblem.conflict("enforcement.order.notRegistered", messages.get("filing.status." + filing.status().name()));
        }
        Instant now = clock.instant();
        StoredOrder o = new StoredOrder(UUID.randomUUID().toString(), filing.id(), filing.providerId(),
                filing.filingNumber(), filing.appName(), filing.providerName(), reason.trim(), clause.trim(),
                deadline, blankToNull(alertId), RectificationStatus.OPEN, null, null, now, user.username(), null, 0);
        tx.executeWithoutResult(s -> {
            orders.insert(o);
            orders.appendHistory(o.id(), now, user.username(), "ORDERED", null, RectificationStatus.OPEN,
                    o.reason() + "（" + o.clause() + "）");
            filings.orderRectification(filing.id(), user.actor(), o.reason() + "（" + o.clause() + "）");
            events.publishEvent(new RectificationOrdered(user.actor(), o.id(), o.filingId(), o.providerId(),
                    o.filingNumber(), o.reason(), o.clause(), o.deadline(), o.alertId()));
            if (source != null) {
                orders.recordSource(o.id(), source);
                events.publishEvent(new RectificationStartedFromComplaint(user.actor(), o.id(), source));
            }
        });
        return view(o.id());
    }

    /** 404 unless the caller may see the order: agencies every order, a provider its own. */
    public void requireVisible(String id, CurrentUser user) {
        visible(id, user);
    }

    /** 404 unless visible, 403 unless the caller is the order's provider. */
    public void requireOwn(String id, CurrentUser user) {
        ownOrder(id, user);
    }

    private StoredOrder visible(String id, CurrentUser user) {
        StoredOrder o = orders.find(id).orElseThrow(ApiProblem::notFound);
        boolean own = user.has(Role.PROVIDER) && o.providerId().equals(user.organisationId());
        if (!own && !user.isAgency()) {
            throw ApiProblem.notVisible();
        }
        return o;
    }

    /** Only the order's provider answers or refuses it; agencies see it but may not (403). */
    private StoredOrder ownOrder(String id, CurrentUser user) {
        StoredOrder o = visible(id, user);
        if (!user.has(Role.PROVIDER) || !o.providerId().equals(user.organisationId())) {
            throw ApiProblem.forbidden();
        }
        return o;
    }

    public RectificationView respond(String id, CurrentUser user, String description) {
        StoredOrder o = ownOrder(id, user);
        if (o.status() != RectificationStatus.OPEN) {
            throw illegal(o);
        }
        Instant now = clock.instant();
        if (o.deadline().isBefore(now)) {
            throw ApiProblem.conflict("enforcement.order.deadlinePassed");
        }
        tx.executeWithoutResult(s -> {
            orders.respond(o, description.trim(), now);
            orders.appendHistory(o.id(), now, user.username(), "RESPONDED", o.status(), RectificationStatus.RESPONDED,
                    description);
            events.publishEvent(new RectificationAnswered(user.actor(), o.id(), o.filingId(), o.providerId(), now));
        });
        return view(o.id());
    }

    /**
     * The city's decision on an answer: accepted closes the order and the filing is REGISTERED again; not
     * accepted reopens it with a comment, and with a new future deadline when the old one has passed.
     */
    public RectificationView decide(String id, CurrentUser user, boolean accepted, @Nullable String comment,
                                    @Nullable Instant newDeadline) {
        StoredOrder o = visible(id, user);
        Instant now = clock.instant();
        if (!accepted) {
            if (comment == null || comment.isBlank()) {
                throw ApiProblem.badField("comment", "REQUIRED", messages.get("enforcement.decision.commentRequired"));
            }
            if (newDeadline == null && o.deadline().isBefore(now)) {
                throw ApiProblem.badField("deadline", "REQUIRED", messages.get("enforcement.decision.deadlineRequired"));
            }
        }
        if (newDeadline != null) {
            requireFuture(newDeadline, "deadline");
        }
        if (o.status() != RectificationStatus.RESPONDED) {
            throw illegal(o);
        }
        Instant deadline = newDeadline == null ? o.deadline() : newDeadline;
        tx.executeWithoutResult(s -> {
            if (accepted) {
                orders.close(o, now);
                orders.appendHistory(o.id(), now, user.username(), "ACCEPTED", o.status(), RectificationStatus.CLOSED, comment);
                filings.acceptRectification(o.filingId(), user.actor(), comment);
            } else {
                orders.reopen(o, deadline);
                orders.appendHistory(o.id(), now, user.username(), "REOPENED", o.status(), RectificationStatus.OPEN,
                        comment + (newDeadline == null ? "" : "（" + messages.get("enforcement.newDeadline") + " "
                                + newDeadline + "）"));
            }
            events.publishEvent(new RectificationDecided(user.actor(), o.id(), o.filingId(), o.providerId(), accepted,
                    comment, deadline, now));
        });
        return view(o.id());
    }

    /** 拒不整改: the provider refuses; the filing is revoked and the provider blacklisted at once. */
    public RectificationView refuse(String id, CurrentUser user, @Nullable String reason) {
        StoredOrder o = ownOrder(id, user);
        if (!RectificationStatus.ACTIVE.contains(o.status())) {
            throw illegal(o);
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            StoredOrder claimed = orders.claimRefused(o.id(), now).orElseThrow(() -> illegal(o));
            orders.appendHistory(o.id(), now, user.username(), "REFUSED", o.status(), RectificationStatus.REFUSED, reason);
            String why = messages.get("enforcement.escalation.refused", claimed.reason(), claimed.clause());
            LocalDate until = escalate(claimed, user.actor(), why);
            events.publishEvent(new RectificationRefused(user.actor(), o.id(), o.filingId(), o.providerId(),
                    o.filingNumber(), until, now));
        });
        return view(o.id());
    }

    public RectificationView view(String id, CurrentUser user) {
        return view(visible(id, user).id());
    }

    public PageResult<RectificationView> list(CurrentUser user, @Nullable String filingId,
                                              @Nullable RectificationStatus status, PageQuery page) {
        String providerId = user.isAgency() ? null : user.organisationId();
        return orders.list(OrderRepository.Filter.of(providerId, filingId, status), page).map(this::summary);
    }

    /** The city's dashboard lists: open, answered, due within three days, overdue. */
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

    // --- the sweep ---

    /**
     * Escalates every OPEN order past its deadline, each in its own transaction and exactly once however many
     * instances sweep at the same time (the claim is a conditional update); then lifts expired bans and
     * raises reminders for app stores silent on a notice. The scheduler calls it; tests may too.
     */
    public SweepResult sweep() {
        int escalated = 0;
        List<String> due;
        List<String> failed = new ArrayList<>();
        do {
            due = new ArrayList<>(orders.dueIds(clock.instant(), SWEEP_BATCH));
            due.removeAll(failed);
            for (String id : due) {
                try {
                    Boolean done = tx.execute(s -> escalateOverdue(id));
                    if (Boolean.TRUE.equals(done)) {
                        escalated++;
                    }
                } catch (RuntimeException e) {
                    // left OPEN: the next sweep tries again
                    log.warn("Escalation of rectification order {} failed: {}", id, e.toString());
                    failed.add(id);
                }
            }
        } while (due.size() >= SWEEP_BATCH);
        int lifted = providers.liftExpiredBans(Actor.SYSTEM);
        int reminders = notices.remindSilent(Actor.SYSTEM);
        SweepResult result = new SweepResult(escalated, lifted, reminders);
        metrics.swept(result);
        return result;
    }

    private boolean escalateOverdue(String id) {
        Instant now = clock.instant();
        Optional<StoredOrder> claimed = orders.claimOverdue(id, now);
        if (claimed.isEmpty()) {
            return false; // another instance (or an answer) got there first
        }
        StoredOrder o = claimed.get();
        orders.appendHistory(o.id(), now, Actor.SYSTEM.username(), "OVERDUE", RectificationStatus.OPEN,
                RectificationStatus.OVERDUE, messages.get("enforcement.escalation.overdueComment"));
        String why = messages.get("enforcement.escalation.overdue", o.reason(), o.clause());
        LocalDate until = escalate(o, Actor.SYSTEM, why);
        events.publishEvent(new RectificationEscalated(Actor.SYSTEM, o.id(), o.filingId(), o.providerId(),
                o.filingNumber(), o.deadline(), until, now));
        return true;
    }

    /**
     * Inside the caller's transaction: the filing REVOKED, the provider blacklisted until the listing's
     * Beijing date + six calendar months, one takedown notice for the revoked filing and one for each other
     * live filing of the provider (they leave the white list with the ban). Returns the ban's end.
     */
    private LocalDate escalate(StoredOrder o, Actor actor, String why) {
        FilingListing filing = listing(o.filingId());
        boolean revocable = filing.status() == FilingStatus.REGISTERED || filing.status() == FilingStatus.UNDER_RECTIFICATION;
        if (revocable) {
            filings.revoke(o.filingId(), actor, why);
        }
        LocalDate until = Beijing.today(clock).plusMonths(BAN_MONTHS);
        providers.ban(o.providerId(), until, why, BAN_CLAUSE, actor);
        if (revocable) {
            notices.issue(listing(o.filingId()), why, TakedownNotices.REVOCATION, o.id(), actor);
        }
        String banReason = messages.get("enforcement.escalation.blacklisted", o.providerName(), why);
        for (FilingSummary other : filings.liveFilingsOf(o.providerId())) {
            filings.listing(other.id()).ifPresent(f -> notices.issue(f, banReason, TakedownNotices.BLACKLISTING, o.id(), actor));
        }
        return providers.snapshot(o.providerId()).map(ProviderSnapshot::bannedUntil).orElse(until);
    }

    // --- takedown notices ---

    /** CAC or CA: a notice about a filing, by its number, to every app store. */
    public TakedownNoticeView issueNotice(CurrentUser user, String filingNumber, String reason) {
        FilingListing filing = listing(filings.findByNumber(filingNumber.trim()).map(FilingView::id)
                .orElseThrow(ApiProblem::notFound));
        String id = tx.execute(s -> notices.issue(filing, reason.trim(), TakedownNotices.MANUAL, null, user.actor()));
        return notices.view(id);
    }

    public TakedownNoticeView notice(String id) {
        return notices.view(id);
    }

    public PageResult<TakedownNoticeView.Summary> notices(@Nullable String filingNumber, PageQuery page) {
        return notices.list(filingNumber, page);
    }

    /** An app store's inbox: the notices it has not acknowledged. */
    public PageResult<TakedownNoticeView.InboxItem> inbox(CurrentUser store, PageQuery page) {
        return notices.inbox(store.organisationId(), page);
    }

    public void requireNoticeFor(String noticeId, CurrentUser store) {
        notices.requireDelivered(noticeId, store.organisationId());
    }

    public void acknowledge(String noticeId, CurrentUser store, String action) {
        notices.acknowledge(noticeId, store.organisationId(), action, store.actor());
    }

    public Duration noticeReminderAfter() {
        return notices.reminderAfter();
    }

    // --- 三（五）: preschool training filings ---

    public List<FilingSummary> preschoolCandidates() {
        return filings.preschoolTraining();
    }

    /**
     * 三（五） in one transaction: every preschool training filing registered or under rectification is revoked,
     * each with a takedown notice; every one waiting for the city's or the national review is refused (不予备案).
     */
    public PreschoolRevocation revokePreschool(CurrentUser user) {
        List<String> numbers = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            String why = messages.get("enforcement.preschool.reason");
            String refusal = messages.get("enforcement.preschool.refusal");
            for (FilingSummary f : filings.preschoolTraining()) {
                if (f.status() == FilingStatus.CITY_REVIEW || f.status() == FilingStatus.MOE_REVIEW) {
                    filings.refuseNoLongerAccepted(f.id(), user.actor(), refusal);
                    refused.add(f.id());
                    continue;
                }
                filings.revoke(f.id(), user.actor(), why);
                notices.issue(listing(f.id()), why, TakedownNotices.REVOCATION, null, user.actor());
                numbers.add(f.filingNumber());
            }
            events.publishEvent(new PreschoolFilingsRevoked(user.actor(), List.copyOf(numbers), List.copyOf(refused),
                    clock.instant()));
        });
        return new PreschoolRevocation(numbers.size(), numbers, refused.size(), refused);
    }

    // --- 四(二): the communications administration ---

    public IcpPrecondition icpPrecondition(String creditCode) {
        String code = creditCode.trim().toUpperCase();
        if (CreditCode.problem(code).isPresent()) {
            throw ApiProblem.badField("creditCode", "INVALID_VALUE", messages.get("enforcement.icp.badCreditCode"));
        }
        Optional<ProviderSnapshot> provider = providers.snapshotByCreditCode(code);
        if (provider.isEmpty()) {
            return new IcpPrecondition(code, null, false, List.of(), messages.get("enforcement.icp.unknownProvider"));
        }
        LocalDate today = Beijing.today(clock);
        List<Licence> permits = provider.get().licences().stream()
                .filter(l -> l.type() == LicenceType.ONLINE_SUBJECT_TRAINING_PERMIT).toList();
        boolean eligible = permits.stream().anyMatch(l -> l.validOn(today));
        String reason = eligible ? messages.get("enforcement.icp.eligible")
                : permits.isEmpty() ? messages.get("enforcement.icp.noPermit") : messages.get("enforcement.icp.noValidPermit");
        return new IcpPrecondition(code, provider.get().name(), eligible,
                permits.stream().map(l -> new IcpPrecondition.Permit(l.type().name(), l.number(), l.validFrom(),
                        l.validUntil(), l.statusOn(today).name())).toList(), reason);
    }

    /** The filing an ICP order or notice names: by id or by number; only filings agencies can see. */
    public FilingListing agencyFiling(CurrentUser user, @Nullable String filingId, @Nullable String filingNumber) {
        if (filingId != null && !filingId.isBlank()) {
            return listing(filings.view(filingId.trim(), user).id());
        }
        if (filingNumber != null && !filingNumber.isBlank()) {
            return listing(filings.findByNumber(filingNumber.trim()).map(FilingView::id).orElseThrow(ApiProblem::notFound));
        }
        throw ApiProblem.badField("filingNumber", "REQUIRED", messages.get("enforcement.icp.filingRequired"));
    }

    public IcpOrderView issueIcpOrder(CurrentUser user, FilingListing filing, String kind, String reason,
                                      @Nullable Instant deadline) {
        if ("RECTIFY".equals(kind)) {
            if (deadline == null) {
                throw ApiProblem.badField("deadline", "REQUIRED", messages.get("enforcement.icp.deadlineRequired"));
            }
            requireFuture(deadline, "deadline");
        }
        IcpOrderView o = new IcpOrderView(UUID.randomUUID().toString(), filing.id(), filing.filingNumber(),
                filing.appName(), filing.providerName(), kind, reason.trim(),
                "RECTIFY".equals(kind) ? deadline : null, clock.instant(), user.username());
        tx.executeWithoutResult(s -> {
            icp.insert(o);
            events.publishEvent(new IcpOrderIssued(user.actor(), o.id(), o.filingId(), o.filingNumber(), o.kind(),
                    o.reason(), o.deadline()));
        });
        return o;
    }

    public PageResult<IcpOrderView> icpOrders(@Nullable String filingId, PageQuery page) {
        return icp.list(filingId, page);
    }

    // --- helpers ---

    private FilingListing listing(String filingId) {
        return filings.listing(filingId).orElseThrow(ApiProblem::notFound);
    }

    private RectificationView view(String id) {
        StoredOrder o = orders.find(id).orElseThrow(ApiProblem::notFound);
        return toView(o, orders.history(o.id()));
    }

    private RectificationView summary(StoredOrder o) {
        return toView(o, List.of());
    }

    private RectificationView toView(StoredOrder o, List<RectificationView.Entry> history) {
        boolean overdue = o.status() == RectificationStatus.OVERDUE
                || (o.status() == RectificationStatus.OPEN && o.deadline().isBefore(clock.instant()));
        return new RectificationView(o.id(), o.status(), o.deadline(), o.filingId(), o.filingNumber(), o.appName(),
                o.providerId(), o.providerName(), o.reason(), o.clause(), o.alertId(), o.response(), o.respondedAt(),
                o.createdAt(), o.createdBy(), o.closedAt(), overdue, o.version(), history,
                history.isEmpty() ? null : orders.sourceComplaint(o.id()));
    }

    private void requireFuture(Instant deadline, String field) {
        if (!deadline.isAfter(clock.instant())) {
            throw ApiProblem.badField(field, "DEADLINE_NOT_FUTURE", messages.get("enforcement.deadline.past"));
        }
    }

    private ApiProblem illegal(StoredOrder o) {
        return ApiProblem.conflict("enforcement.order.illegalTransition",
                messages.get("enforcement.status." + o.status().name()));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
