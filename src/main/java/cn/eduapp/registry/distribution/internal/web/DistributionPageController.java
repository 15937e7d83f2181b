package cn.eduapp.registry.distribution.internal.web;

import cn.eduapp.registry.distribution.DistributionManagement;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.ProblemError;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CAC's pages: alerts from app-store releases, and the app-store accounts. */
@Controller
@AllowedRoles(Role.CAC_OFFICER)
class DistributionPageController {

    private final DistributionManagement distribution;

    DistributionPageController(DistributionManagement distribution) {
        this.distribution = distribution;
    }

    @GetMapping("/distribution/alerts")
    String alerts(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("result", distribution.alerts(PageQuery.of(number(page), 20)));
        return "distribution/alerts";
    }

    @GetMapping("/distribution/app-stores")
    String appStores(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("result", distribution.appStores(PageQuery.of(number(page), 20)));
        if (!model.containsAttribute("name")) {
            model.addAttribute("name", "");
            model.addAttribute("username", "");
        }
        return "distribution/app-stores";
    }

    /**
     * Refusals are post/redirect/get; the generated password is rendered straight into this response and
     * never put in the session (sessions live in the database), so it is shown exactly once.
     */
    @PostMapping("/distribution/app-stores")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String username, RedirectAttributes redirect, Model model) {
        String n = name == null ? "" : name.strip();
        String u = username == null ? "" : username.strip();
        if (n.isEmpty() || n.length() > 100 || (!u.isEmpty() && !u.matches("^[A-Za-z0-9._-]{3,50}$"))) {
            redirect.addFlashAttribute("actionErrors", List.of(new ProblemError(n.isEmpty() || n.length() > 100 ? "name" : "username",
                    "INVALID_VALUE", n.isEmpty() || n.length() > 100 ? "请填写分发平台名称（至多 100 字）" : "账号名只能含字母、数字、点、下划线和连字符，3 到 50 位")));
            redirect.addFlashAttribute("name", n);
            redirect.addFlashAttribute("username", u);
            return "redirect:/distribution/app-stores";
        }
        try {
            model.addAttribute("credentials", distribution.createAppStore(user, n, u.isEmpty() ? null : u));
            model.addAttribute("notice", "distribution.appStore.created");
            return appStores(null, model);
        } catch (ApiProblem e) {
            redirect.addFlashAttribute("actionErrors", List.of(new ProblemError("username", "USERNAME_TAKEN", "该账号名已被使用")));
            redirect.addFlashAttribute("name", n);
            redirect.addFlashAttribute("username", u);
        }
        return "redirect:/distribution/app-stores";
    }

    @PostMapping("/distribution/app-stores/{id}/revocation")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
        distribution.revokeAppStore(user, id);
        redirect.addFlashAttribute("notice", "distribution.appStore.revoked");
        return "redirect:/distribution/app-stores";
    }

    private static @Nullable Integer number(@Nullable String page) {
        try {
            return page == null || page.isBlank() ? null : Integer.valueOf(page.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
