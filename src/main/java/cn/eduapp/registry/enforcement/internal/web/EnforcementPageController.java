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

/** The preschool revocation page (三(五)). */
@Controller
class EnforcementPageController {

    private final EnforcementManagement enforcement;
    private final FormErrors formErrors;

    EnforcementPageController(EnforcementManagement enforcement, FormErrors formErrors) {
        this.enforcement = enforcement;
        this.formErrors = formErrors;
    }

    // --- 三(五) ---

    @GetMapping("/enforcement/preschool")
    @AllowedRoles(Role.CITY_REVIEWER)
    String preschool(Model model) {
        model.addAttribute("candidates", enforcement.preschoolCandidates());
        return "enforcement/preschool";
    }

    @PostMapping("/enforcement/preschool")
    @AllowedRoles(Role.CITY_REVIEWER)
    String revokePreschool(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        List<ProblemError> errors = formErrors.problems(() -> redirect.addFlashAttribute("revocation", enforcement.revokePreschool(user)));
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", "enforcement.page.preschoolRevoked");
        } else {
            redirect.addFlashAttribute("actionErrors", errors);
        }
        return "redirect:/enforcement/preschool";
    }
}
