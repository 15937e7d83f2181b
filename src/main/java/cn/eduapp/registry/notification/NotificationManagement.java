package cn.eduapp.registry.notification;

import cn.eduapp.registry.notification.internal.persistence.NotificationRepository;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door into notifications: deliver to organisations, list and mark read for the caller. */
@Service
public class NotificationManagement {

    private final NotificationRepository notifications;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationManagement(NotificationRepository notifications, Clock clock, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Delivers one message to each organisation. {@code dedupKey} names the cause (an event): the same key
     * for the same organisation is delivered once, so a listener that runs again sends nothing twice.
     * Joins the caller's transaction. Returns how many organisations got a new message.
     */
    @Transactional
    public int notify(Collection<String> organisationIds, String kind, String message, @Nullable String filingNumber,
                      String dedupKey) {
        int created = 0;
        for (String org : new LinkedHashSet<>(organisationIds)) {
            if (notifications.insert(org, clock.instant(), kind, message, filingNumber, dedupKey)) {
                created++;
                events.publishEvent(new OrganisationNotified(org, kind, message, filingNumber, dedupKey));
            }
        }
        return created;
    }

    public PageResult<NotificationView> list(CurrentUser user, boolean unreadOnly, PageQuery page) {
        return notifications.list(user.organisationId(), user.accountId(), unreadOnly, page);
    }

    public long unreadCount(CurrentUser user) {
        return notifications.unreadCount(user.organisationId(), user.accountId());
    }

    /** Marks one of the caller's organisation's notifications read for the caller; anyone else's is 404. */
    @Transactional
    public NotificationView markRead(CurrentUser user, String id) {
        NotificationView n = notifications.find(id, user.organisationId(), user.accountId())
                .orElseThrow(ApiProblem::notFound);
        notifications.markRead(n.id(), user.accountId(), clock.instant());
        return new NotificationView(n.id(), n.at(), n.kind(), n.message(), n.filingNumber(), true);
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return notifications.markAllRead(user.organisationId(), user.accountId(), clock.instant());
    }
}
