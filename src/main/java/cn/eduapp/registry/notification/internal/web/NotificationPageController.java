package cn.eduapp.registry.notification.internal.web;

import cn.eduapp.registry.notification.NotificationManagement;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.PageQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications page and the unread badge (a fragment that pages load with htmx). */
@Controller
class NotificationPageController {

    private final NotificationManagement notifications;

    NotificationPageController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Boolean unread,
                @RequestParam(required = false) Integer page, Model model) {
        boolean unreadOnly = Boolean.TRUE.equals(unread);
        model.addAttribute("result", notifications.list(user, unreadOnly, PageQuery.of(page, 20)));
        model.addAttribute("unreadCount", notifications.unreadCount(user));
        model.addAttribute("unreadOnly", unreadOnly);
        return "notification/list";
    }

    @GetMapping("/notifications/badge")
    String badge(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("unreadCount", notifications.unreadCount(user));
        return "notification/badge :: badge";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        notifications.markRead(user, id);
        redirect.addFlashAttribute("notice", "notification.marked");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user);
        redirect.addFlashAttribute("notice", "notification.allMarked");
        return "redirect:/notifications";
    }
}
