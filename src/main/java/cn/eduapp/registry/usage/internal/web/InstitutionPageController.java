package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.PageActions;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.usage.InstitutionKind;
import cn.eduapp.registry.usage.InstitutionView;
import cn.eduapp.registry.usage.UsageManagement;
import cn.eduapp.registry.usage.internal.InstitutionAccounts;
import cn.eduapp.registry.usage.internal.InstitutionDirectory;
import cn.eduapp.registry.usage.internal.persistence.InstitutionRepository;
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

/** Institution and account management for districts (their schools) and the city (everything). */
@Controller
@AllowedRoles({Role.CITY_REVIEWER, Role.DISTRICT_ADMIN})
class InstitutionPageController {

    private final InstitutionDirectory directory;
    private final InstitutionAccounts institutionAccounts;
    private final UsageManagement usage;
    private final FormErrors formErrors;

    InstitutionPageController(InstitutionDirectory directory, InstitutionAccounts accounts, UsageManagement usage,
                              FormErrors formErrors) {
        this.directory = directory;
        this.institutionAccounts = accounts;
        this.usage = usage;
        this.formErrors = formErrors;
    }

    @InitBinder({"form", "accountForm"})
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/institutions")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) InstitutionKind kind,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        InstitutionForm form = new InstitutionForm();
        if (user.has(Role.CITY_REVIEWER)) {
            form.setKind(InstitutionKind.DISTRICT);
        }
        model.addAttribute("form", form);
        prepareList(user, kind, q, page, model);
        return "usage/institutions";
    }

    @PostMapping("/institutions")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") InstitutionForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !formErrors.validate(form.toRequest(), binding, Map.of())) {
            InstitutionView[] created = new InstitutionView[1];
            if (!formErrors.attempt(() -> created[0] = directory.create(user, form.toRequest()), binding, Map.of())) {
                redirect.addFlashAttribute("notice", "institution.created");
                return "redirect:/institutions/" + created[0].id();
            }
        }
        prepareList(user, null, null, null, model);
        return "usage/institutions";
    }

    private void prepareList(CurrentUser user, InstitutionKind kind, String q, Integer page, Model model) {
        model.addAttribute("result", directory.list(user, kind, q, PageQuery.of(page, 50)));
        model.addAttribute("kind", kind);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kinds", InstitutionKind.values());
        boolean city = user.has(Role.CITY_REVIEWER);
        model.addAttribute("city", city);
        model.addAttribute("creatableKinds", city ? List.of(InstitutionKind.values()) : List.of(InstitutionKind.SCHOOL));
        model.addAttribute("districtOptions", city
                ? directory.list(user, InstitutionKind.DISTRICT, null, PageQuery.of(0, 200)).items() : List.of());
    }

    @GetMapping("/institutions/{id}")
    String detail(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        AccountForm form = new AccountForm();
        InstitutionView i = directory.visible(id, user);
        form.setRole(InstitutionDirectory.roleFor(i.kind()));
        model.addAttribute("accountForm", form);
        prepareDetail(user, i, model);
        return "usage/institution";
    }

    @PostMapping("/institutions/{id}/accounts")
    String createAccount(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                         @ModelAttribute("accountForm") AccountForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        InstitutionView i = directory.manageable(id, user);
        if (!binding.hasErrors() && !formErrors.validate(form.toRequest(), binding, Map.of())
                && !formErrors.attempt(() -> institutionAccounts.createAccount(user, i, form.toRequest()), binding, Map.of())) {
            redirect.addFlashAttribute("notice", "institution.accountCreated");
            return "redirect:/institutions/" + id;
        }
        form.setPassword("");
        prepareDetail(user, i, model);
        return "usage/institution";
    }

    @PostMapping("/institutions/{id}/accounts/{accountId}/second-factor-reset")
    String resetSecondFactor(@PathVariable String id, @PathVariable String accountId,
                             @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        InstitutionView i = directory.manageable(id, user);
        return PageActions.redirectAfter(redirect, "/institutions/" + id, "institution.secondFactorReset",
                () -> institutionAccounts.resetSecondFactor(user, i, accountId));
    }

    @PostMapping("/institutions/{id}/accounts/{accountId}/disable")
    String disableAccount(@PathVariable String id, @PathVariable String accountId,
                          @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        InstitutionView i = directory.manageable(id, user);
        return PageActions.redirectAfter(redirect, "/institutions/" + id, "institution.accountDisabled",
                () -> institutionAccounts.disableAccount(user, i, accountId));
    }

    private void prepareDetail(CurrentUser user, InstitutionView i, Model model) {
        model.addAttribute("institution", i);
        boolean manages = directory.manages(user, i);
        model.addAttribute("manages", manages);
        List<InstitutionRepository.AccountRow> accounts = manages ? institutionAccounts.accounts(i) : List.of();
        model.addAttribute("accounts", accounts);
        model.addAttribute("disabledAccounts", manages ? institutionAccounts.disabledAccounts(i) : java.util.Set.of());
        model.addAttribute("withSecondFactor", accounts.stream().map(InstitutionRepository.AccountRow::accountId)
                .filter(institutionAccounts::secondFactorEnabled).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("role", InstitutionDirectory.roleFor(i.kind()));
        model.addAttribute("schools", i.kind() == InstitutionKind.DISTRICT ? directory.schoolsOf(i.id()) : List.of());
        model.addAttribute("filings", usage.list(user, null, null, i.id(), null, PageQuery.of(0, 50)));
    }
}
