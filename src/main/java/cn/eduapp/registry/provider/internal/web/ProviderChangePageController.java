package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.provider.ProviderChangeRequest;
import cn.eduapp.registry.provider.ProviderChanges;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderRegistration;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.ProblemError;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Issue 21: the provider's change and closure (注销) pages, and the city's queue of requests to decide. */
@Controller
class ProviderChangePageController {

    private final ProviderChanges changes;
    private final ProviderManagement providers;
    private final FormErrors formErrors;

    ProviderChangePageController(ProviderChanges changes, ProviderManagement providers, FormErrors formErrors) {
        this.changes = changes;
        this.providers = providers;
        this.formErrors = formErrors;
    }

    @Bean
    static NavItem providerChangeQueueNav() {
        return NavItem.forRoles(NavGroup.REVIEW, "nav.provider.changeQueue", "/provider-change-requests", 60,
                Role.CITY_REVIEWER);
    }

    @GetMapping("/provider/changes")
    @AllowedRoles(Role.PROVIDER)
    String changesPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        return changes(user, model, List.of());
    }

    @PostMapping("/provider/changes")
    @AllowedRoles(Role.PROVIDER)
    String requestChange(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
                         @RequestParam(defaultValue = "") String legalRepresentative,
                         @RequestParam(defaultValue = "") String address,
                         @RequestParam(defaultValue = "") String contactName,
                         @RequestParam(defaultValue = "") String contactPhone,
                         @RequestParam(defaultValue = "") String contactEmail,
                         @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        ProviderRegistration.Contact contact = contactName.isBlank() && contactPhone.isBlank() && contactEmail.isBlank()
                ? null : new ProviderRegistration.Contact(contactName, contactPhone, contactEmail.isBlank() ? null : contactEmail);
        ProviderChangeRequest request = new ProviderChangeRequest(name, legalRepresentative, address, contact, reason);
        List<ProblemError> errors = formErrors.violations(request);
        if (errors.isEmpty()) {
            errors = formErrors.problems(() -> changes.requestChange(user.organisationId(), user, request));
        }
        if (!errors.isEmpty()) {
            return changes(user, model, errors);
        }
        redirect.addFlashAttribute("notice", "provider.change.requested");
        return "redirect:/provider/changes";
    }

    @GetMapping("/provider/closure")
    @AllowedRoles(Role.PROVIDER)
    String closurePage(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("profile", providers.profile(user.organisationId(), user));
        return "provider/closure";
    }

    @PostMapping("/provider/closure")
    @AllowedRoles(Role.PROVIDER)
    String requestClosure(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String reason,
                          Model model, RedirectAttributes redirect) {
        List<ProblemError> errors = formErrors.problems(() -> changes.requestClosure(user.organisationId(), user, reason));
        if (!errors.isEmpty()) {
            model.addAttribute("profile", providers.profile(user.organisationId(), user));
            model.addAttribute("actionErrors", errors);
            return "provider/closure";
        }
        redirect.addFlashAttribute("notice", "provider.closure.requested");
        return "redirect:/provider/changes";
    }

    @GetMapping("/provider-change-requests")
    @AllowedRoles(Role.CITY_REVIEWER)
    String queue(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", changes.pending(PageQuery.of(page, null)));
        return "provider/change-queue";
    }

    @PostMapping("/providers/{id}/change-requests/{requestId}/decision")
    @AllowedRoles(Role.CITY_REVIEWER)
    String decide(@PathVariable String id, @PathVariable String requestId, @RequestParam boolean approve,
                  @RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        formErrors.flash(redirect, "provider.change.decidedNotice",
                () -> changes.decide(id, requestId, approve, comment, user));
        return "redirect:/provider-change-requests";
    }

    private String changes(CurrentUser user, Model model, List<ProblemError> errors) {
        model.addAttribute("profile", providers.profile(user.organisationId(), user));
        model.addAttribute("particulars", changes.particulars(user.organisationId()));
        model.addAttribute("requests", changes.ofProvider(user.organisationId(), user));
        model.addAttribute("actionErrors", errors);
        return "provider/changes";
    }
}
