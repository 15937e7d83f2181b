package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.provider.LicenceInput;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderDocumentKind;
import cn.eduapp.registry.provider.ProviderProfile;
import cn.eduapp.registry.provider.ProviderRegistration;
import cn.eduapp.registry.provider.ProviderVerification;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProviderPageController {

    private final ProviderManagement providers;
    private final ProviderVerification verification;
    private final FormErrors formErrors;
    private final Messages messages;

    ProviderPageController(ProviderManagement providers, ProviderVerification verification, FormErrors formErrors,
                           Messages messages) {
        this.providers = providers;
        this.verification = verification;
        this.formErrors = formErrors;
        this.messages = messages;
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
                    @RequestParam(name = "certificate", required = false) @Nullable MultipartFile certificate,
                    @RequestParam(name = "letter", required = false) @Nullable MultipartFile letter,
                    RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "provider/register";
        }
        ProviderRegistration registration = form.toRegistration();
        ProviderProfile[] registered = new ProviderProfile[1];
        if (formErrors.validate(registration, binding, RegistrationForm.FIELDS)
                || formErrors.attempt(() -> registered[0] = providers.register(registration, request.getRemoteAddr()), binding,
                RegistrationForm.FIELDS)) {
            return "provider/register";
        }
        // registered; then its two documents: a refused one is said plainly, and uploaded again from the profile page
        List<ProblemError> refused = new ArrayList<>();
        refused.addAll(upload(registered[0], registration, ProviderDocumentKind.REGISTRATION_CERTIFICATE, certificate));
        refused.addAll(upload(registered[0], registration, ProviderDocumentKind.AUTHORISATION_LETTER, letter));
        if (refused.isEmpty()) {
            redirect.addFlashAttribute("notice", "provider.registeredWithDocuments");
        } else {
            redirect.addFlashAttribute("notice", "provider.registeredDocumentsMissing");
            redirect.addFlashAttribute("actionErrors", refused);
        }
        return "redirect:/login";
    }

    private List<ProblemError> upload(ProviderProfile registered, ProviderRegistration r, ProviderDocumentKind kind,
                                      @Nullable MultipartFile part) {
        String what = messages.get("provider.document.kind." + kind.name());
        if (part == null || part.isEmpty()) {
            return List.of(new ProblemError(null, "DOCUMENT_MISSING", messages.get("provider.document.notUploaded", what)));
        }
        return formErrors.problems(() -> verification.uploadAtRegistration(registered, r.account().username(), kind,
                        verification.read(part))).stream()
                .map(e -> new ProblemError(null, e.code(), what + "：" + e.message()))
                .toList();
    }

    @GetMapping("/provider/profile")
    @AllowedRoles(Role.PROVIDER)
    String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
        addProfile(user.organisationId(), user, model);
        return "provider/profile";
    }

    private void addProfile(String providerId, CurrentUser user, Model model) {
        model.addAttribute("profile", providers.profile(providerId, user));
        model.addAttribute("expiring", providers.licencesExpiringWithin(providerId, 30));
        model.addAttribute("verification", verification.status(providerId, user));
        model.addAttribute("documentKinds", ProviderDocumentKind.values());
        model.addAttribute("undecidedKinds", verification.undecidedKinds(providerId));
    }

    /** An agency's view of a provider; the city records licence withdrawals here. */
    @GetMapping("/providers/{id}")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    String agencyView(@org.springframework.web.bind.annotation.PathVariable String id,
                      @AuthenticationPrincipal CurrentUser user, Model model) {
        addProfile(id, user, model);
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
            addProfile(user.organisationId(), user, model);
            model.addAttribute("licenceErrors", errors);
            model.addAttribute("licenceInput", input);
            return "provider/profile";
        }
        redirect.addFlashAttribute("notice", "licence.added");
        return "redirect:/provider/profile";
    }
}
