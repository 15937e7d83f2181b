package cn.eduapp.registry.identity.internal.web;

import cn.eduapp.registry.identity.internal.AccountApi;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
    private final Messages messages;

    AccountPageController(AccountApi accounts, Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
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
    String changePassword(@AuthenticationPrincipal CurrentUser user,
                          @RequestParam(required = false) @Nullable String currentPassword,
                          @RequestParam(required = false) @Nullable String newPassword, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        try {
            accounts.changePassword(user, currentPassword == null ? "" : currentPassword,
                    newPassword == null ? "" : newPassword);
        } catch (ApiProblem e) {
            if (e.status() == org.springframework.http.HttpStatus.LOCKED) {
                response.setStatus(e.status().value());
            }
            model.addAttribute("errors", e.errors().isEmpty()
                    ? java.util.List.of(new cn.eduapp.registry.system.web.ProblemError(null, e.status().name(),
                            messages.get(e.messageKey(), e.args())))
                    : e.errors());
            return "identity/password";
        }
        redirect.addFlashAttribute("notice", "identity.password.changed");
        return "redirect:/home";
    }

    @GetMapping("/account/second-factor")
    String secondFactor(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireStaff(user);
        model.addAttribute("enabled", accounts.secondFactorEnabled(user));
        return "identity/second-factor";
    }

    /** A new secret: rendered into this response only (never into the session), with its QR code. */
    @PostMapping("/account/second-factor/setup")
    String beginSecondFactor(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireStaff(user);
        return setupPage(model, accounts.beginSecondFactor(user));
    }

    @PostMapping("/account/second-factor/confirmation")
    String confirmSecondFactor(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
                               Model model, RedirectAttributes redirect) {
        return change(user, model, redirect, "identity.secondFactor.enabled", () -> accounts.confirmSecondFactor(user, code));
    }

    @PostMapping("/account/second-factor/removal")
    String disableSecondFactor(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
                               Model model, RedirectAttributes redirect) {
        return change(user, model, redirect, "identity.secondFactor.disabled", () -> accounts.disableSecondFactor(user, code));
    }

    /** Turns the second factor on or off; back to its page with the outcome, or with what went wrong. */
    private String change(CurrentUser user, Model model, RedirectAttributes redirect, String notice, Runnable action) {
        requireStaff(user);
        try {
            action.run();
        } catch (ApiProblem e) {
            model.addAttribute("enabled", accounts.secondFactorEnabled(user));
            // a wrong code while setting up: the same secret again, so the app need not be set up anew
            accounts.pendingSecondFactor(user).ifPresent(setup -> setupPage(model, setup));
            if (e.errors().isEmpty()) {
                model.addAttribute("problemKey", e.messageKey());
            } else {
                model.addAttribute("errors", e.errors());
            }
            return "identity/second-factor";
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/account/second-factor";
    }

    private String setupPage(Model model, Map<String, Object> setup) {
        model.addAttribute("enabled", false);
        model.addAttribute("secret", setup.get("secret"));
        model.addAttribute("qr", QrSvg.of((String) setup.get("otpauthUri"), messages.get("identity.secondFactor.qr")));
        return "identity/second-factor";
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw ApiProblem.forbidden();
        }
    }
}
