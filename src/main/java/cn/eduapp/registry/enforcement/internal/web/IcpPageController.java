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

/** The CA's ICP precondition check and orders (四(二)). */
@Controller
class IcpPageController {

    private static final Map<String, String> ICP_FIELDS = Map.of("filingId", "filingNumber");

    private final IcpManagement icp;
    private final FormErrors formErrors;
    private final Messages messages;
    private final Clock clock;

    IcpPageController(IcpManagement icp, FormErrors formErrors, Messages messages, Clock clock) {
        this.icp = icp;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/enforcement/icp")
    @AllowedRoles(Role.CA_OFFICER)
    String icp(@RequestParam(required = false) String creditCode, @RequestParam(required = false) Integer page,
               Model model) {
        model.addAttribute("creditCode", creditCode == null ? "" : creditCode.trim());
        if (creditCode != null && !creditCode.isBlank()) {
            List<ProblemError> errors = formErrors.problems(() ->
                    model.addAttribute("precondition", icp.icpPrecondition(creditCode)));
            model.addAttribute("lookupErrors", errors);
        }
        IcpOrderForm form = new IcpOrderForm();
        form.setDeadline(Beijing.today(clock).plusDays(15).toString());
        model.addAttribute("form", form);
        return icpView(page, model);
    }

    private String icpView(@Nullable Integer page, Model model) {
        model.addAttribute("orders", icp.icpOrders(null, PageQuery.of(page, 20)));
        return "enforcement/icp";
    }

    @PostMapping("/enforcement/icp/orders")
    @AllowedRoles(Role.CA_OFFICER)
    String icpOrder(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") IcpOrderForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("creditCode", "");
        if (formErrors.validate(form, binding, Map.of())) {
            return icpView(null, model);
        }
        boolean refused = formErrors.attempt(() -> {
            Instant deadline = null;
            if ("RECTIFY".equals(form.getKind()) && !form.getDeadline().isBlank()) {
                deadline = Deadlines.parse(form.getDeadline()).orElseThrow(() ->
                        ApiProblem.badField("deadline", "INVALID_VALUE", messages.get("enforcement.deadline.invalid")));
            }
            FilingListing filing = icp.agencyFiling(user, null, form.getFilingNumber());
            icp.issueIcpOrder(user, filing, form.getKind(), form.getReason(), deadline);
        }, binding, ICP_FIELDS);
        if (refused) {
            return icpView(null, model);
        }
        redirect.addFlashAttribute("notice", "enforcement.page.icpOrdered");
        return "redirect:/enforcement/icp";
    }
}
