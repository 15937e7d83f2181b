package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.TakedownNoticeAcknowledged;
import cn.eduapp.registry.enforcement.TakedownNoticeIssued;
import cn.eduapp.registry.enforcement.TakedownNoticeView;
import cn.eduapp.registry.enforcement.TakedownReminderRaised;
import cn.eduapp.registry.enforcement.internal.persistence.NoticeRepository;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.Organisation;
import cn.eduapp.registry.identity.OrganisationKind;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takedown notices (四(三)): each goes to every app store organisation there is when it is issued; each
 * store acknowledges once (REMOVED or NOT_LISTED); stores still silent after
 * {@code registry.enforcement.notice-reminder-after} are reminded once.
 */
@Component
public class TakedownNotices {

    public static final String MANUAL = "MANUAL";
    public static final String REVOCATION = "REVOCATION";
    public static final String BLACKLISTING = "BLACKLISTING";

    private final NoticeRepository notices;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration reminderAfter;

    TakedownNotices(NoticeRepository notices, IdentityManagement identity, ApplicationEventPublisher events, Clock clock,
                    EnforcementSettings settings) {
        this.notices = notices;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
        this.reminderAfter = settings.noticeReminderAfter();
    }

    /** Issues a notice about a filing to every app store; joins the caller's transaction. */
    @Transactional
    public String issue(FilingListing filing, String reason, String cause, @Nullable String orderId, Actor actor) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<TakedownNoticeView.Platform> platforms = filing.platforms().stream()
                .map(p -> new TakedownNoticeView.Platform(p.type(), p.identifier())).toList();
        notices.insert(new NoticeRepository.StoredNotice(id, filing.id(),
                filing.filingNumber() == null ? "" : filing.filingNumber(), filing.appName(), filing.providerName(),
                platforms, reason, cause, orderId, now, actor.username()));
        List<Organisation> stores = identity.organisationsOfKind(OrganisationKind.APP_STORE);
        for (Organisation store : stores) {
            notices.insertDelivery(id, store.id(), store.name());
        }
        events.publishEvent(new TakedownNoticeIssued(actor, id, filing.filingNumber() == null ? "" : filing.filingNumber(),
                cause, reason, stores.stream().map(Organisation::id).toList(), now));
        return id;
    }

    public TakedownNoticeView view(String id) {
        NoticeRepository.StoredNotice n = notices.find(id).orElseThrow(ApiProblem::notFound);
        List<NoticeRepository.Delivery> deliveries = notices.deliveries(n.id());
        return new TakedownNoticeView(n.id(), n.filingNumber(), n.appName(), n.providerName(), n.platforms(), n.reason(),
                n.cause(), n.orderId(), n.issuedAt(), n.issuedBy(),
                deliveries.stream().filter(d -> d.action() != null)
                        .map(d -> new TakedownNoticeView.Acknowledgement(d.platformId(), d.platformName(), d.action(),
                                d.acknowledgedAt()))
                        .toList(),
                deliveries.stream().filter(d -> d.action() == null)
                        .map(d -> new TakedownNoticeView.Silent(d.platformId(), d.platformName(), d.remindedAt()))
                        .toList());
    }

    public PageResult<TakedownNoticeView.Summary> list(@Nullable String filingNumber, PageQuery page) {
        return notices.list(filingNumber, page);
    }

    public PageResult<TakedownNoticeView.InboxItem> inbox(String platformId, PageQuery page) {
        return notices.inbox(platformId, page);
    }

    /** 404 unless the notice went to this store. */
    public void requireDelivered(String noticeId, String platformId) {
        notices.delivery(noticeId, platformId).orElseThrow(ApiProblem::notFound);
    }

    /** The store's acknowledgement; a second one is a conflict (409). */
    @Transactional
    public void acknowledge(String noticeId, String platformId, String action, Actor actor) {
        requireDelivered(noticeId, platformId);
        Instant now = clock.instant();
        if (!notices.acknowledge(noticeId, platformId, action, actor.username(), now)) {
            throw ApiProblem.conflict("enforcement.notice.acknowledged");
        }
        events.publishEvent(new TakedownNoticeAcknowledged(actor, noticeId, platformId, action, now));
    }

    /** Raises one reminder per store still silent after the configured time; returns how many. */
    @Transactional
    public int remindSilent(Actor actor) {
        Instant now = clock.instant();
        List<NoticeRepository.Reminder> due = notices.remindSilent(now.minus(reminderAfter), now);
        due.forEach(r -> events.publishEvent(new TakedownReminderRaised(actor, r.noticeId(), r.filingNumber(),
                r.platformId(), r.platformName(), r.issuedAt(), now)));
        return due.size();
    }

    public Duration reminderAfter() {
        return reminderAfter;
    }
}
