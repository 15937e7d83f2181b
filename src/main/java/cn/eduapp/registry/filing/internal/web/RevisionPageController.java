package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.filing.CityDecision;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.MaterialManagement;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.filing.RevisionManagement;
import cn.eduapp.registry.filing.RevisionStatus;
import cn.eduapp.registry.filing.RevisionView;
import cn.eduapp.registry.filing.internal.persistence.RecheckAlerts;
import cn.eduapp.registry.rules.Declaration;
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

/** Pages for changes to registered filings (provider and city) and the city's re-check alerts. */
@Controller
@AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
class RevisionPageController {

    private final FilingManagement filings;
    private final RevisionManagement revisions;
    private final RecheckAlerts alerts;
    private final FormErrors formErrors;

    private final MaterialManagement materials;

    RevisionPageController(FilingManagement filings, RevisionManagement revisions, RecheckAlerts alerts,
                           FormErrors formErrors, MaterialManagement materials) {
        this.materials = materials;
        this.filings = filings;
        this.revisions = revisions;
        this.alerts = alerts;
        this.formErrors = formErrors;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        FilingPageController.configure(binder);
    }

    @ModelAttribute
    void options(Model model) {
        FilingPageController.addOptions(model);
    }

    @GetMapping("/filings/{id}/revisions/new")
    @AllowedRoles(Role.PROVIDER)
    String newForm(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        FilingView filing = filings.ownView(id, user);
        model.addAttribute("filing", filing);
        model.addAttribute("form", DeclarationForm.of(filing.app()));
        return "filing/revision-form";
    }

    @PostMapping("/filings/{id}/revisions/new")
    @AllowedRoles(Role.PROVIDER)
    String propose(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                   @ModelAttribute("form") DeclarationForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        model.addAttribute("filing", filings.ownView(id, user));
        Declaration app = form.toDeclaration();
        if (binding.hasErrors() || formErrors.validate(app, binding, Map.of())) {
            return "filing/revision-form";
        }
        RevisionView[] created = new RevisionView[1];
        if (formErrors.attempt(() -> created[0] = revisions.propose(id, user, app), binding, Map.of())) {
            return "filing/revision-form";
        }
        redirect.addFlashAttribute("notice", "revision.saved");
        return "redirect:/filings/" + id + "/revisions/" + created[0].id();
    }

    @GetMapping("/filings/{id}/revisions/{rid}")
    String detail(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user, Model model) {
        RevisionView revision = revisions.view(id, rid, user);
        model.addAttribute("revision", revision);
        model.addAttribute("filing", filings.view(id, user));
        model.addAttribute("changes", revisions.diff(id, rid, user));
        model.addAttribute("own", user.has(Role.PROVIDER));
        model.addAttribute("materials", materials.list(id, rid, user));
        model.addAttribute("materialKinds", MaterialPageController.kinds(materials));
        return "filing/revision";
    }

    @GetMapping("/filings/{id}/revisions/{rid}/edit")
    @AllowedRoles(Role.PROVIDER)
    String editForm(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("filing", filings.ownView(id, user));
        RevisionView revision = revisions.view(id, rid, user);
        model.addAttribute("revision", revision);
        model.addAttribute("form", DeclarationForm.of(revision.app()));
        return "filing/revision-form";
    }

    @PostMapping("/filings/{id}/revisions/{rid}/edit")
    @AllowedRoles(Role.PROVIDER)
    String edit(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user,
                @ModelAttribute("form") DeclarationForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("filing", filings.ownView(id, user));
        model.addAttribute("revision", revisions.view(id, rid, user));
        Declaration app = form.toDeclaration();
        if (binding.hasErrors() || formErrors.validate(app, binding, Map.of())
                || formErrors.attempt(() -> revisions.edit(id, rid, user, app), binding, Map.of())) {
            return "filing/revision-form";
        }
        redirect.addFlashAttribute("notice", "revision.saved");
        return "redirect:/filings/" + id + "/revisions/" + rid;
    }

    @PostMapping("/filings/{id}/revisions/{rid}/precheck")
    String precheck(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user,
                    RedirectAttributes redirect) {
        return act(id, rid, redirect, "filing.prechecked", () -> revisions.precheck(id, rid, user));
    }

    @PostMapping("/filings/{id}/revisions/{rid}/submit")
    @AllowedRoles(Role.PROVIDER)
    String submit(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        return act(id, rid, redirect, "revision.submitted", () -> revisions.submit(id, rid, user));
    }

    @PostMapping("/filings/{id}/revisions/{rid}/city-review")
    @AllowedRoles(Role.CITY_REVIEWER)
    String review(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user,
                  @RequestParam CityDecision decision, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        return act(id, rid, redirect, "filing.decided", () -> revisions.cityReview(id, rid, user, decision, comment));
    }

    @GetMapping("/revisions")
    @AllowedRoles(Role.CITY_REVIEWER)
    String queue(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", revisions.queue(RevisionStatus.CITY_REVIEW, PageQuery.of(page, 20)));
        return "filing/revisions";
    }

    @GetMapping("/recheck-alerts")
    @AllowedRoles(Role.CITY_REVIEWER)
    String alerts(@RequestParam(required = false, defaultValue = "OPEN") String status,
                  @RequestParam(required = false) Integer page, Model model) {
        String s = status.matches("OPEN|DISMISSED|RESOLVED") ? status : "OPEN";
        model.addAttribute("status", s);
        model.addAttribute("statuses", List.of("OPEN", "DISMISSED", "RESOLVED"));
        model.addAttribute("result", alerts.list(s, null, PageQuery.of(page, 20)));
        return "filing/alerts";
    }

    @PostMapping("/recheck-alerts/{id}/dismiss")
    @AllowedRoles(Role.CITY_REVIEWER)
    String dismiss(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, @RequestParam String comment,
                   RedirectAttributes redirect) {
        formErrors.flash(redirect, "recheck.dismissed", () -> {
            if (comment.isBlank()) {
                throw ApiProblem.badField("comment", "REQUIRED", "请填写关闭意见。");
            }
            alerts.dismiss(id, user, comment);
        });
        return "redirect:/recheck-alerts";
    }

    private String act(String id, String rid, RedirectAttributes redirect, String notice, Runnable action) {
        formErrors.flash(redirect, notice, action);
        return "redirect:/filings/" + id + "/revisions/" + rid;
    }
}
