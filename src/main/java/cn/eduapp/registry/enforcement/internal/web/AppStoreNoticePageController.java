package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.enforcement.NoticeManagement;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.PageActions;
import cn.eduapp.registry.system.web.PageQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An app store's own inbox of takedown notices (四(三)), and its acknowledgement of each. */
@Controller
class AppStoreNoticePageController {

    private final NoticeManagement enforcement;

    AppStoreNoticePageController(NoticeManagement enforcement) {
        this.enforcement = enforcement;
    }

    @GetMapping("/app-store/notices")
    @AllowedRoles(Role.DISTRIBUTION_PLATFORM)
    String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", enforcement.inbox(user, PageQuery.of(page, 20)));
        return "enforcement/app-store-notices";
    }

    @PostMapping("/app-store/notices/{id}/ack")
    @AllowedRoles(Role.DISTRIBUTION_PLATFORM)
    String acknowledge(@PathVariable String id, @RequestParam(required = false) String action,
                       @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        enforcement.requireNoticeFor(id, user);
        if (!"REMOVED".equals(action) && !"NOT_LISTED".equals(action)) {
            redirect.addFlashAttribute("notice", "appStore.notices.choose");
            return "redirect:/app-store/notices";
        }
        return PageActions.redirectAfter(redirect, "/app-store/notices", "enforcement.ack.done",
                () -> enforcement.acknowledge(id, user, action));
    }
}
