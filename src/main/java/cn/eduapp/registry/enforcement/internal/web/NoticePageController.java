package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.enforcement.EnforcementManagement;
import cn.eduapp.registry.enforcement.IcpManagement;
import cn.eduapp.registry.enforcement.NoticeManagement;
import cn.eduapp.registry.enforcement.RectificationManagement;
import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.enforcement.RectificationView;
import cn.eduapp.registry.enforcement.internal.Deadlines;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.ProblemError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CAC's and the CA's takedown notices. */
@Controller
class NoticePageController {

    private final NoticeManagement notices;
    private final FormErrors formErrors;

    NoticePageController(NoticeManagement notices, FormErrors formErrors) {
        this.notices = notices;
        this.formErrors = formErrors;
    }

    @GetMapping("/enforcement/notices")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER})
    String notices(@RequestParam(required = false) String filingNumber, @RequestParam(required = false) Integer page,
                   Model model) {
        NoticeForm form = new NoticeForm();
        if (filingNumber != null) {
            form.setFilingNumber(filingNumber);
        }
        model.addAttribute("form", form);
        return noticesView(null, page, model);
    }

    private String noticesView(@Nullable String filingNumber, @Nullable Integer page, Model model) {
        model.addAttribute("result", notices.notices(filingNumber, PageQuery.of(page, 20)));
        model.addAttribute("reminderAfter", notices.noticeReminderAfter().toHours());
        return "enforcement/notices";
    }

    @PostMapping("/enforcement/notices")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER})
    String issueNotice(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") NoticeForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        if (formErrors.validate(form, binding, Map.of())) {
            return noticesView(null, null, model);
        }
        String[] id = new String[1];
        if (formErrors.attempt(() -> id[0] = notices.issueNotice(user, form.getFilingNumber(), form.getReason()).id(),
                binding, Map.of())) {
            return noticesView(null, null, model);
        }
        redirect.addFlashAttribute("notice", "enforcement.page.noticeIssued");
        return "redirect:/enforcement/notices/" + id[0];
    }

    @GetMapping("/enforcement/notices/{id}")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER})
    String notice(@PathVariable String id, Model model) {
        model.addAttribute("n", notices.notice(id));
        return "enforcement/notice";
    }

    // --- 四(二) ---

    // --- 撤销备案通报 ---

    @GetMapping("/enforcement/bulletins")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER, Role.CITY_REVIEWER})
    String bulletins(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", notices.bulletins(PageQuery.of(page, 20)));
        model.addAttribute("stores", notices.storeNames());
        model.addAttribute("cac", user.has(Role.CAC_OFFICER));
        return "enforcement/bulletins";
    }

    /** The CAC's one action: a 下架处置通知 of the bulletin to every app store. */
    @PostMapping("/enforcement/bulletins/{id}/takedown-notice")
    @AllowedRoles(Role.CAC_OFFICER)
    String takedown(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return Acts.then(formErrors, redirect, "/enforcement/bulletins", "enforcement.page.takedownIssued",
                () -> notices.takedownFromBulletin(id, user, null));
    }
}
