package cn.eduapp.registry.identity.internal.web;

import cn.eduapp.registry.identity.internal.AgencyAccountService;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageActions;
import cn.eduapp.registry.system.web.PageQuery;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 机关账号: the city's page for the agencies' staff accounts. */
@Controller
@AllowedRoles(Role.CITY_REVIEWER)
class AgencyAccountPageController {

    private final AgencyAccountService accounts;

    AgencyAccountPageController(AgencyAccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/agency-accounts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(required = false) Integer page, Model model) {
        prepare(model, q, role, page);
        return "identity/agency-accounts";
    }

    @PostMapping("/agency-accounts")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String password, @RequestParam(required = false) Role role,
                  Model model, RedirectAttributes redirect) {
        try {
            AgencyAccountService.View created = accounts.create(user,
                    new AgencyAccountService.NewAgencyAccount(username, password, role));
            redirect.addFlashAttribute("notice", "agencyAccount.created");
            return "redirect:/agency-accounts?q=" + created.username();
        } catch (ApiProblem e) {
            prepare(model, null, null, null);
            model.addAttribute("username", username);
            model.addAttribute("newRole", role);
            if (e.errors().isEmpty()) {
                model.addAttribute("problemKey", e.messageKey());
                model.addAttribute("problemArgs", username);
            } else {
                model.addAttribute("errors", e.errors());
            }
            return "identity/agency-accounts";
        }
    }

    @PostMapping("/agency-accounts/{id}/disable")
    String disable(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
        return PageActions.redirectAfter(redirect, "/agency-accounts", "agencyAccount.disabled", () -> accounts.disable(user, id));
    }

    @PostMapping("/agency-accounts/{id}/second-factor-reset")
    String resetSecondFactor(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                             RedirectAttributes redirect) {
        return PageActions.redirectAfter(redirect, "/agency-accounts", "agencyAccount.secondFactorReset",
                () -> accounts.resetSecondFactor(user, id));
    }

    private void prepare(Model model, String q, Role role, Integer page) {
        model.addAttribute("result", accounts.list(q, role, PageQuery.of(page, 50)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("role", role);
        Map<Role, String> agencies = accounts.agencies();
        model.addAttribute("roles", agencies.keySet());
        model.addAttribute("agencyNames", agencies);
    }
}
