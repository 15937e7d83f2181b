package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.provider.IssuedClaimCode;
import cn.eduapp.registry.provider.ProviderClaim;
import cn.eduapp.registry.provider.ProviderClaims;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Issue 21: the public claim page, and the city's page that issues a provider's claim code (shown once). */
@Controller
class ProviderClaimPageController {

    private final ProviderClaims claims;
    private final ProviderManagement providers;
    private final FormErrors formErrors;

    ProviderClaimPageController(ProviderClaims claims, ProviderManagement providers, FormErrors formErrors) {
        this.claims = claims;
        this.providers = providers;
        this.formErrors = formErrors;
    }

    @GetMapping("/claim")
    String claimForm(Model model) {
        model.addAttribute("form", new ClaimForm());
        return "provider/claim";
    }

    @PostMapping("/claim")
    String claim(@ModelAttribute("form") ClaimForm form, BindingResult binding, HttpServletRequest request,
                 RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "provider/claim";
        }
        ProviderClaim claim = form.toClaim();
        if (formErrors.validate(claim, binding, ClaimForm.FIELDS)
                || formErrors.attempt(() -> claims.claim(claim, request.getRemoteAddr()), binding, ClaimForm.FIELDS)) {
            return "provider/claim";
        }
        redirect.addFlashAttribute("notice", "provider.claim.done");
        return "redirect:/login";
    }

    @GetMapping("/providers/{id}/claim-code")
    @AllowedRoles(Role.CITY_REVIEWER)
    String claimCode(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(id, user, model, null, List.of());
    }

    @PostMapping("/providers/{id}/claim-code")
    @AllowedRoles(Role.CITY_REVIEWER)
    String issue(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        providers.requireVisible(id, user);
        IssuedClaimCode[] issued = new IssuedClaimCode[1];
        var errors = formErrors.problems(() -> issued[0] = claims.issueClaimCode(id, user));
        return page(id, user, model, issued[0], errors);
    }

    private String page(String id, CurrentUser user, Model model, IssuedClaimCode issued, Object errors) {
        model.addAttribute("profile", providers.profile(id, user));
        model.addAttribute("verification", claims.verification(id));
        model.addAttribute("expiry", claims.claimCodeExpiry(id).orElse(null));
        model.addAttribute("issued", issued);
        model.addAttribute("actionErrors", errors);
        return "provider/claim-code";
    }
}
