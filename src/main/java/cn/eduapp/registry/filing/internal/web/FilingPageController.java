package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.filing.CityDecision;
import cn.eduapp.registry.filing.ClassificationManagement;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.MaterialManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.filing.MoeDecision;
import cn.eduapp.registry.filing.NationalFilingStep;
import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.DataMeasure;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.rules.Scenario;
import cn.eduapp.registry.rules.Scope;
import cn.eduapp.registry.rules.Subject;
import cn.eduapp.registry.provider.ProviderVerification;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.ProblemError;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The filing pages: lists and queues, the declaration form, the detail page with each role's actions. */
@Controller
@AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
class FilingPageController {

    private final FilingManagement filings;
    private final FormErrors formErrors;
    private final ClassificationManagement classificationManagement;
    private final NationalFilingStep nationalStep;
    private final MaterialManagement materials;

    private final ProviderVerification verification;

    FilingPageController(FilingManagement filings, FormErrors formErrors, ClassificationManagement classificationManagement,
                         NationalFilingStep nationalStep, MaterialManagement materials, ProviderVerification verification) {
        this.nationalStep = nationalStep;
        this.materials = materials;
        this.verification = verification;
        this.filings = filings;
        this.formErrors = formErrors;
        this.classificationManagement = classificationManagement;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        configure(binder);
    }

    static void configure(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setAutoGrowCollectionLimit(DeclarationForm.PLATFORM_ROWS);
    }

    @ModelAttribute
    void options(Model model) {
        addOptions(model);
        model.addAttribute("nationalElsewhere", !nationalStep.decidesInSystem());
    }

    static void addOptions(Model model) {
        model.addAttribute("cityDecisions", CityDecision.values());
        model.addAttribute("moeDecisions", MoeDecision.values());
        model.addAttribute("platformTypes", PlatformType.values());
        model.addAttribute("audienceOptions", Audience.values());
        model.addAttribute("scenarioOptions", Scenario.values());
        model.addAttribute("subjectOptions", Subject.values());
        model.addAttribute("measureOptions", DataMeasure.values());
        model.addAttribute("statuses", FilingStatus.values());
    }

    @GetMapping("/filings")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) FilingStatus status,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", filings.list(user, status, q, PageQuery.of(page, 20)));
        model.addAttribute("status", status);
        model.addAttribute("q", q == null ? "" : q);
        return "filing/list";
    }

    /** Before the form: what a provider needs at hand to file an app. */
    @GetMapping("/filings/start")
    @AllowedRoles(Role.PROVIDER)
    String start() {
        return "filing/start";
    }

    @GetMapping("/filings/new")
    @AllowedRoles(Role.PROVIDER)
    String newForm(Model model) {
        model.addAttribute("form", new DeclarationForm());
        return "filing/form";
    }

    @PostMapping("/filings/new")
    @AllowedRoles(Role.PROVIDER)
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") DeclarationForm form,
                  BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "filing/form";
        }
        Declaration app = form.toDeclaration();
        if (formErrors.validate(app, binding, Map.of())) {
            return "filing/form";
        }
        FilingView created = filings.create(user, app);
        redirect.addFlashAttribute("notice", "filing.saved");
        return "redirect:/filings/" + created.id();
    }

    @GetMapping("/filings/{id}")
    String detail(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        FilingView filing = filings.view(id, user);
        model.addAttribute("filing", filing);
        model.addAttribute("own", user.has(Role.PROVIDER));
        model.addAttribute("materials", materials.list(id, null, user));
        model.addAttribute("materialKinds", MaterialPageController.kinds(materials));
        return "filing/detail";
    }

    @GetMapping("/filings/{id}/edit")
    @AllowedRoles(Role.PROVIDER)
    String editForm(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        FilingView filing = filings.ownView(id, user);
        model.addAttribute("form", DeclarationForm.of(filing.app()));
        model.addAttribute("filing", filing);
        return "filing/form";
    }

    @PostMapping("/filings/{id}/edit")
    @AllowedRoles(Role.PROVIDER)
    String edit(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                @ModelAttribute("form") DeclarationForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        FilingView filing = filings.ownView(id, user);
        model.addAttribute("filing", filing);
        if (binding.hasErrors()) {
            return "filing/form";
        }
        Declaration app = form.toDeclaration();
        if (formErrors.validate(app, binding, Map.of())
                || formErrors.attempt(() -> filings.update(id, user, app), binding, Map.of())) {
            return "filing/form";
        }
        redirect.addFlashAttribute("notice", "filing.saved");
        return "redirect:/filings/" + id;
    }

    @PostMapping("/filings/{id}/precheck")
    String precheck(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        filings.precheck(id, user);
        redirect.addFlashAttribute("notice", "filing.prechecked");
        return "redirect:/filings/" + id + "#findings";
    }

    /** Check your answers: the whole declaration and the latest self-check, then the one button that submits. */
    @GetMapping("/filings/{id}/check")
    @AllowedRoles(Role.PROVIDER)
    String check(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("filing", filings.ownView(id, user));
        model.addAttribute("providerVerified", verification.isVerified(user.organisationId()));
        return "filing/check";
    }

    @PostMapping("/filings/{id}/submit")
    @AllowedRoles(Role.PROVIDER)
    String submit(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "filing.submitted", () -> filings.submit(id, user));
    }

    @PostMapping("/filings/{id}/cancel")
    @AllowedRoles(Role.PROVIDER)
    String cancel(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                  @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, "filing.cancelled", () -> filings.cancel(id, user, comment));
    }

    @PostMapping("/filings/{id}/city-review")
    @AllowedRoles(Role.CITY_REVIEWER)
    String cityReview(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                      @RequestParam CityDecision decision, @RequestParam(required = false) String comment,
                      RedirectAttributes redirect) {
        return act(id, redirect, "filing.decided", () -> filings.cityReview(id, user, decision, comment));
    }

    @PostMapping("/filings/{id}/classification")
    @AllowedRoles(Role.CITY_REVIEWER)
    String correctClassification(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                                 @RequestParam String classification, @RequestParam(required = false) String reason,
                                 RedirectAttributes redirect) {
        Scope scope = "OUT_OF_SCOPE".equals(classification) ? Scope.OUT_OF_SCOPE : Scope.IN_SCOPE;
        Category category = scope == Scope.OUT_OF_SCOPE ? null : java.util.Arrays.stream(Category.values())
                .filter(c -> c.name().equals(classification)).findFirst()
                .orElseThrow(() -> ApiProblem.badField("classification", "INVALID_VALUE", "请选择更正后的类型或备案范围。"));
        return act(id, redirect, "filing.classification.corrected",
                () -> classificationManagement.correct(id, user, scope, category, reason));
    }

    @PostMapping("/filings/{id}/moe-review")
    @AllowedRoles(Role.MOE_REVIEWER)
    String moeReview(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                     @RequestParam MoeDecision decision, @RequestParam(required = false) String comment,
                     RedirectAttributes redirect) {
        return act(id, redirect, "filing.decided", () -> filings.moeReview(id, user, decision, comment));
    }

    /** Post/redirect/get: the outcome, or the refusal with its reasons, shown on the detail page. */
    private String act(String id, RedirectAttributes redirect, String notice, Runnable action) {
        formErrors.flash(redirect, notice, action);
        return "redirect:/filings/" + id;
    }
}
