package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.provider.LicenceInput;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderRegistration;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProviderPageController {

    private final ProviderManagement providers;
    private final FormErrors formErrors;

    ProviderPageController(ProviderManagement providers, FormErrors formErrors) {
        this.providers = providers;
        this.formErrors = formErrors;
    }

    @ModelAttribute("legalPersonTypes")
    LegalPersonType[] legalPersonTypes() {
        return LegalPersonType.values();
    }

    @ModelAttribute("licenceTypes")
    LicenceType[] licenceTypes() {
        return LicenceType.values();
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", new RegistrationForm());
        return "provider/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult binding, HttpServletRequest request,
                    RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "provider/register";
        }
        ProviderRegistration registration = form.toRegistration();
        if (formErrors.validate(registration, binding, RegistrationForm.FIELDS)
                || formErrors.attempt(() -> providers.register(registration, request.getRemoteAddr()), binding,
                RegistrationForm.FIELDS)) {
            return "provider/register";
        }
        redirect.addFlashAttribute("notice", "provider.registered");
        return "redirect:/login";
    }

    @GetMapping("/provider/profile")
    @AllowedRoles(Role.PROVIDER)
    String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("profile", providers.profile(user.organisationId(), user));
        model.addAttribute("expiring", providers.licencesExpiringWithin(user.organisationId(), 30));
        return "provider/profile";
    }

    /** An agency's view of a provider; the city records licence withdrawals here. */
    @GetMapping("/providers/{id}")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    String agencyView(@org.springframework.web.bind.annotation.PathVariable String id,
                      @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("profile", providers.profile(id, user));
        model.addAttribute("expiring", providers.licencesExpiringWithin(id, 30));
        model.addAttribute("agencyView", true);
        return "provider/profile";
    }

    @PostMapping("/providers/{id}/licences/{licenceId}/revocation")
    @AllowedRoles(Role.CITY_REVIEWER)
    String withdraw(@org.springframework.web.bind.annotation.PathVariable String id,
                    @org.springframework.web.bind.annotation.PathVariable String licenceId,
                    @AuthenticationPrincipal CurrentUser user, @RequestParam String reason,
                    @RequestParam(defaultValue = "RESCINDED") cn.eduapp.registry.provider.LicenceWithdrawal kind,
                    RedirectAttributes redirect) {
        formErrors.flash(redirect, "licence.withdrawn", () -> {
            if (reason.isBlank()) {
                throw cn.eduapp.registry.system.web.ApiProblem.badField("reason", "REQUIRED", "请填写原因。");
            }
            providers.withdrawLicence(id, licenceId, kind, reason, user);
        });
        return "redirect:/providers/" + id;
    }

    @PostMapping("/provider/licences")
    @AllowedRoles(Role.PROVIDER)
    String addLicence(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) LicenceType type,
                      @RequestParam String number, @RequestParam String issuer,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                      Model model, RedirectAttributes redirect) {
        LicenceInput input = new LicenceInput(type, number, issuer, validFrom, validUntil);
        var errors = formErrors.violations(input);
        if (errors.isEmpty()) {
            errors = formErrors.problems(() -> providers.addLicence(user.organisationId(), user, input));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("profile", providers.profile(user.organisationId(), user));
            model.addAttribute("expiring", providers.licencesExpiringWithin(user.organisationId(), 30));
            model.addAttribute("licenceErrors", errors);
            model.addAttribute("licenceInput", input);
            return "provider/profile";
        }
        redirect.addFlashAttribute("notice", "licence.added");
        return "redirect:/provider/profile";
    }
}
