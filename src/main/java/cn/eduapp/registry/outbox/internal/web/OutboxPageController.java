package cn.eduapp.registry.outbox.internal.web;

import cn.eduapp.registry.outbox.OutboxManagement;
import cn.eduapp.registry.outbox.OutboxStatus;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.NavItem;
import cn.eduapp.registry.system.web.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The city's outbox page: what waits (待发送), what went (已发送), what failed with its last error. */
@Controller
@AllowedRoles(Role.CITY_REVIEWER)
class OutboxPageController {

    private final OutboxManagement outbox;

    OutboxPageController(OutboxManagement outbox) {
        this.outbox = outbox;
    }

    @Bean
    static NavItem outboxNav() {
        return NavItem.forRoles(cn.eduapp.registry.system.web.NavGroup.SYSTEM, "nav.outbox", "/outbox", 92, Role.CITY_REVIEWER);
    }

    @GetMapping("/outbox")
    String list(@RequestParam(required = false) @Nullable OutboxStatus status,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("result", outbox.list(status, PageQuery.of(page, 50)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", OutboxStatus.values());
        return "outbox/list";
    }

    @PostMapping("/outbox/{id}/retry")
    String retry(@PathVariable String id, RedirectAttributes redirect) {
        outbox.retry(id);
        redirect.addFlashAttribute("notice", "outbox.retried");
        return "redirect:/outbox";
    }
}
