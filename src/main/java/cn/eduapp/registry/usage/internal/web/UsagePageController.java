package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.ProblemError;
import cn.eduapp.registry.usage.InstitutionView;
import cn.eduapp.registry.usage.UsageFilingView;
import cn.eduapp.registry.usage.UsageManagement;
import cn.eduapp.registry.usage.UsageStatus;
import cn.eduapp.registry.usage.internal.InstitutionDirectory;
import cn.eduapp.registry.usage.internal.Scope;
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

/** The use-filing pages: a school's list and form, a district's view of its schools, the city's view of all. */
@Controller
@AllowedRoles({Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER,
        Role.CAC_OFFICER})
class UsagePageController {

    private final UsageManagement usage;
    private final InstitutionDirectory institutions;
    private final FormErrors formErrors;

    UsagePageController(UsageManagement usage, InstitutionDirectory institutions, FormErrors formErrors) {
        this.usage = usage;
        this.institutions = institutions;
        this.formErrors = formErrors;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/usage")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UsageStatus status,
                @RequestParam(required = false) String q, @RequestParam(required = false) String institutionId,
                @RequestParam(required = false) Integer page, Model model) {
        Scope scope = institutions.scope(user);
        String inst = institutionId == null || institutionId.isBlank() ? null : institutionId;
        if (inst != null) {
            model.addAttribute("institution", institutions.visible(inst, user));
        }
        model.addAttribute("result", usage.list(user, status, q, inst, null, PageQuery.of(page, 20)));
        model.addAttribute("scope", scope.type().name());
        model.addAttribute("status", status);
        model.addAttribute("statuses", UsageStatus.values());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("institutionId", inst == null ? "" : inst);
        model.addAttribute("canFile", user.has(Role.SCHOOL_ADMIN) || user.has(Role.DISTRICT_ADMIN));
        return "usage/list";
    }

    @GetMapping("/usage/new")
    @AllowedRoles({Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN})
    String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String filingNumber, @RequestParam(required = false) Integer page,
                   Model model) {
        UsageForm form = new UsageForm();
        form.setFilingNumber(filingNumber);
        model.addAttribute("form", form);
        prepareForm(user, q, page, form, model);
        return "usage/form";
    }

    @PostMapping("/usage/new")
    @AllowedRoles({Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN})
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") UsageForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !formErrors.validate(form.toRequest(), binding, Map.of())) {
            UsageFilingView[] created = new UsageFilingView[1];
            if (!formErrors.attempt(() -> created[0] = usage.file(user, form.toRequest()), binding, Map.of())) {
                redirect.addFlashAttribute("notice", "usage.filed");
                return "redirect:/usage/" + created[0].id();
            }
        }
        prepareForm(user, null, null, form, model);
        return "usage/form";
    }

    private void prepareForm(CurrentUser user, String q, Integer page, UsageForm form, Model model) {
        model.addAttribute("institution", institutions.own(user));
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("apps", usage.registeredApps(q, PageQuery.of(page, 10)));
            model.addAttribute("elsewhere", usage.appsFiledElsewhere(q, PageQuery.of(0, 10)).items());
        }
        if (!form.getFilingNumber().isBlank()) {
            model.addAttribute("chosenNumber", form.getFilingNumber());
            model.addAttribute("chosenChargesFees", usage.appChargesFees(form.getFilingNumber()));
            model.addAttribute("chosen", usage.registeredApps(form.getFilingNumber(), PageQuery.of(0, 5)).items().stream()
                    .filter(f -> form.getFilingNumber().equals(f.filingNumber())).findFirst().orElse(null));
            model.addAttribute("chosenElsewhere", usage.choosableElsewhere(form.getFilingNumber()).orElse(null));
        }
    }

    @GetMapping("/usage/{id}")
    String detail(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        UsageFilingView u = usage.view(id, user);
        model.addAttribute("u", u);
        model.addAttribute("own", u.institutionId().equals(user.organisationId())
                && (user.has(Role.SCHOOL_ADMIN) || user.has(Role.DISTRICT_ADMIN)));
        return "usage/detail";
    }

    @PostMapping("/usage/{id}/end")
    @AllowedRoles({Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN})
    String end(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        usage.view(id, user);
        List<ProblemError> errors = formErrors.problems(() -> usage.end(id, user, reason));
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", "usage.ended");
        } else {
            redirect.addFlashAttribute("actionErrors", errors);
        }
        return "redirect:/usage/" + id;
    }

    @GetMapping("/usage/exposure")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    String exposure(@RequestParam(required = false) String filingNumber, Model model) {
        String number = filingNumber == null ? "" : filingNumber.trim();
        model.addAttribute("filingNumber", number);
        if (!number.isEmpty()) {
            List<ProblemError> errors = formErrors.problems(() -> model.addAttribute("exposure", usage.exposure(number)));
            model.addAttribute("actionErrors", errors);
        }
        return "usage/exposure";
    }

    @GetMapping("/usage/districts")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    String districts(Model model) {
        model.addAttribute("districts", usage.districts());
        return "usage/districts";
    }

    @GetMapping("/usage/my-district")
    @AllowedRoles(Role.DISTRICT_ADMIN)
    String myDistrict(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/usage/districts/" + user.organisationId();
    }

    @GetMapping("/usage/districts/{id}")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER, Role.DISTRICT_ADMIN})
    String district(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        UsageManagement.DistrictApps apps = usage.districtApps(id, user);
        InstitutionView d = apps.district();
        model.addAttribute("district", d);
        model.addAttribute("apps", apps.items());
        model.addAttribute("schools", institutions.schoolsOf(d.id()));
        model.addAttribute("counts", usage.liveCountsByInstitution(d.id()));
        model.addAttribute("recent", usage.list(user, null, null, null, null, PageQuery.of(0, 10)));
        model.addAttribute("recentAll", user.isAgency());
        return "usage/district";
    }
}
