package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.provider.ProviderDispute;
import cn.eduapp.registry.provider.ProviderDisputes;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.ProblemError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 21 point 3: the public 单位身份争议 form and its tracking page; the city's queue of disputes and a dispute
 * beside the current holder's profile, with the (irreversible) decision.
 */
@Controller
class ProviderDisputePageController {

    private final ProviderDisputes disputes;
    private final FormErrors formErrors;

    ProviderDisputePageController(ProviderDisputes disputes, FormErrors formErrors) {
        this.disputes = disputes;
        this.formErrors = formErrors;
    }

    @Bean
    static NavItem providerDisputeQueueNav() {
        return NavItem.forRoles(NavGroup.REVIEW, "nav.provider.disputes", "/provider-disputes", 62, Role.CITY_REVIEWER);
    }

    @GetMapping("/disputes/new")
    String form(Model model) {
        model.addAttribute("form", new ProviderDispute(null, null, null, null, null, null));
        return "provider/dispute-new";
    }

    @PostMapping("/disputes/new")
    String file(@RequestParam(required = false) @Nullable String creditCode,
                @RequestParam(required = false) @Nullable String organisationName,
                @RequestParam(required = false) @Nullable String contactName,
                @RequestParam(required = false) @Nullable String contactPhone,
                @RequestParam(required = false) @Nullable String contactEmail,
                @RequestParam(required = false) @Nullable String statement,
                @RequestParam(required = false) @Nullable MultipartFile registrationCertificate,
                @RequestParam(required = false) @Nullable MultipartFile authorisationLetter,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        ProviderDispute d = new ProviderDispute(creditCode, organisationName, contactName, contactPhone, contactEmail,
                statement);
        ProviderDisputes.Filed[] filed = new ProviderDisputes.Filed[1];
        List<ProblemError> errors = formErrors.violations(d);
        if (errors.isEmpty()) {
            errors = formErrors.problems(() -> {
                UploadedFile[] files = disputes.read(registrationCertificate, authorisationLetter);
                filed[0] = disputes.file(d, files[0], files[1], request.getRemoteAddr());
            });
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", d);
            model.addAttribute("actionErrors", errors);
            return "provider/dispute-new";
        }
        redirect.addFlashAttribute("filed", filed[0].trackingNumber());
        return "redirect:/disputes/track?number=" + filed[0].trackingNumber();
    }

    @GetMapping("/disputes/track")
    String track(@RequestParam(required = false) @Nullable String number, Model model) {
        model.addAttribute("number", number == null ? "" : number);
        if (number != null && !number.isBlank()) {
            try {
                model.addAttribute("tracking", disputes.track(number));
            } catch (ApiProblem e) {
                model.addAttribute("notFound", true);
            }
        }
        return "provider/dispute-track";
    }

    @GetMapping("/provider-disputes")
    @AllowedRoles(Role.CITY_REVIEWER)
    String queue(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
                 Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", disputes.page(q, PageQuery.of(page, null)));
        return "provider/dispute-queue";
    }

    @GetMapping("/provider-disputes/{id}")
    @AllowedRoles(Role.CITY_REVIEWER)
    String detail(@PathVariable String id, Model model) {
        model.addAttribute("d", disputes.detail(id));
        return "provider/dispute-detail";
    }

    /** Rendered, not redirected: an upheld dispute's claim code is shown this once. */
    @PostMapping("/provider-disputes/{id}/decision")
    @AllowedRoles(Role.CITY_REVIEWER)
    String decide(@PathVariable String id, @RequestParam(defaultValue = "false") boolean uphold,
                  @RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal CurrentUser user, Model model) {
        ProviderDisputes.Decision[] decision = new ProviderDisputes.Decision[1];
        List<ProblemError> errors = formErrors.problems(() -> decision[0] = disputes.decide(id, uphold, comment, user));
        model.addAttribute("d", decision[0] == null ? disputes.detail(id) : decision[0].dispute());
        model.addAttribute("issued", decision[0] == null ? null : decision[0].claimCode());
        model.addAttribute("actionErrors", errors);
        if (errors.isEmpty()) {
            model.addAttribute("notice", "provider.dispute.decidedNotice");
        }
        return "provider/dispute-detail";
    }
}
