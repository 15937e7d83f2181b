package cn.eduapp.registry.identity.internal.web;

import cn.eduapp.registry.identity.internal.AccountApi;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.ApiProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountPageController {

    private final AccountApi accounts;

    AccountPageController(AccountApi accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user, @RequestParam String currentPassword,
                          @RequestParam String newPassword, Model model, RedirectAttributes redirect) {
        try {
            accounts.changePassword(user, currentPassword, newPassword);
        } catch (ApiProblem e) {
            model.addAttribute("errors", e.errors());
            return "identity/password";
        }
        redirect.addFlashAttribute("notice", "identity.password.changed");
        return "redirect:/home";
    }
}
