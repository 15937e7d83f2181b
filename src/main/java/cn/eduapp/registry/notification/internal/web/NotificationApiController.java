package cn.eduapp.registry.notification.internal.web;

import cn.eduapp.registry.notification.NotificationManagement;
import cn.eduapp.registry.notification.NotificationView;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Any account reads its organisation's notifications; read state is per account. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

    private final NotificationManagement notifications;

    NotificationApiController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    record Listing(java.util.List<NotificationView> items, int page, int size, long total, long unread) {
    }

    @GetMapping
    Listing list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Boolean unread,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageResult<NotificationView> r = notifications.list(user, Boolean.TRUE.equals(unread), PageQuery.of(page, size));
        return new Listing(r.items(), r.page(), r.size(), r.total(), notifications.unreadCount(user));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("unread", notifications.unreadCount(user));
    }

    @PostMapping("/{id}/read")
    NotificationView read(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return notifications.markRead(user, id);
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("marked", notifications.markAllRead(user));
    }
}
