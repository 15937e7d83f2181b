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

/** The city's dashboard and order form, each order with its documents, history and the forms of whoever acts next, and the provider's orders. */
@Controller
class RectificationPageController {

    private static final Map<String, String> ORDER_FIELDS = Map.of("filingId", "filingNumber");
    static final List<String> LISTS = List.of("open", "responded", "dueSoon", "overdue", "refused", "closed");

    private final RectificationManagement rectifications;
    private final IcpManagement icp;
    private final FormErrors formErrors;
    private final Messages messages;
    private final Clock clock;

    RectificationPageController(RectificationManagement rectifications, IcpManagement icp, FormErrors formErrors, Messages messages,
                                Clock clock) {
        this.rectifications = rectifications;
        this.icp = icp;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    // --- the city's dashboard ---

    @GetMapping("/enforcement")
    @AllowedRoles(Role.CITY_REVIEWER)
    String dashboard(@RequestParam(required = false) String filingNumber, @RequestParam(required = false) String alertId,
                     @RequestParam(required = false) String complaintId, Model model) {
        OrderForm form = new OrderForm();
        if (filingNumber != null) {
            form.setFilingNumber(filingNumber);
        }
        form.setAlertId(alertId == null ? "" : alertId);
        form.setComplaintId(complaintId == null ? "" : complaintId);
        form.setDeadline(Beijing.today(clock).plusDays(15).toString());
        model.addAttribute("form", form);
        return dashboardView(model);
    }

    private String dashboardView(Model model) {
        PageQuery top = PageQuery.of(0, 10);
        for (String list : List.of("open", "responded", "dueSoon", "overdue")) {
            model.addAttribute(list, rectifications.dashboard(list, null, top));
        }
        model.addAttribute("icpOrders", icp.icpOrders(null, PageQuery.of(0, 10)));
        model.addAttribute("today", Beijing.today(clock));
        return "enforcement/dashboard";
    }

    @PostMapping("/enforcement/orders")
    @AllowedRoles(Role.CITY_REVIEWER)
    String order(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") OrderForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect) {
        if (formErrors.validate(form, binding, Map.of())) {
            return dashboardView(model);
        }
        RectificationView[] created = new RectificationView[1];
        boolean refused = formErrors.attempt(() -> {
            Instant deadline = Deadlines.parse(form.getDeadline()).orElseThrow(() ->
                    ApiProblem.badField("deadline", "INVALID_VALUE", messages.get("enforcement.deadline.invalid")));
            FilingListing filing = icp.agencyFiling(user, null, form.getFilingNumber());
            created[0] = rectifications.order(user, new RectificationManagement.NewOrder(filing.id(), form.getReason(),
                    form.getClause(), deadline, null, form.getAlertId(), form.getComplaintId()));
        }, binding, ORDER_FIELDS);
        if (refused) {
            return dashboardView(model);
        }
        redirect.addFlashAttribute("notice", "enforcement.page.ordered");
        return "redirect:/enforcement/orders/" + created[0].id();
    }

    /** The city's lists (open, answered, due soon, overdue …); a provider's own orders. */
    @GetMapping("/enforcement/orders")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    String orders(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String list,
                  @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        String which = list != null && LISTS.contains(list) ? list : "open";
        PageQuery query = PageQuery.of(page, 20);
        if (user.has(Role.PROVIDER)) {
            model.addAttribute("result", rectifications.list(user, null, null, query));
            model.addAttribute("list", "mine");
        } else {
            model.addAttribute("result", rectifications.dashboard(which, q, query));
            model.addAttribute("list", which);
        }
        model.addAttribute("lists", LISTS);
        model.addAttribute("q", q == null ? "" : q);
        return "enforcement/orders";
    }

    @GetMapping("/enforcement/orders/{id}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    String order(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        RectificationView o = rectifications.view(id, user);
        model.addAttribute("order", o);
        model.addAttribute("own", user.has(Role.PROVIDER));
        model.addAttribute("city", user.has(Role.CITY_REVIEWER));
        model.addAttribute("deadlinePassed", o.deadline() != null && o.deadline().isBefore(clock.instant()));
        model.addAttribute("suggestedDeadline", Beijing.today(clock).plusDays(15).toString());
        return "enforcement/order";
    }

    @PostMapping("/enforcement/orders/{id}/response")
    @AllowedRoles(Role.PROVIDER)
    String respond(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                   @RequestParam(required = false) String description, RedirectAttributes redirect) {
        rectifications.requireOwn(id, user);
        return act(id, redirect, "enforcement.page.responded", () -> {
            if (description == null || description.isBlank()) {
                throw ApiProblem.badField("description", "REQUIRED", messages.get("enforcement.response.required"));
            }
            rectifications.respond(id, user, description);
        });
    }

    /** The city finds 拒不整改 with its evidence; a case opens with its prior notice. */
    @PostMapping("/enforcement/orders/{id}/refusal-finding")
    @AllowedRoles(Role.CITY_REVIEWER)
    String refusalFinding(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                          @RequestParam(required = false) String evidence, RedirectAttributes redirect) {
        rectifications.requireVisible(id, user);
        return act(id, redirect, "enforcement.page.refusalFound", () -> {
            if (evidence == null || evidence.isBlank()) {
                throw ApiProblem.badField("evidence", "REQUIRED", messages.get("enforcement.refusal.evidence.required"));
            }
            rectifications.refusalFinding(id, user, evidence);
        });
    }

    @PostMapping("/enforcement/orders/{id}/decision")
    @AllowedRoles(Role.CITY_REVIEWER)
    String decide(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                  @RequestParam(required = false) Boolean accepted, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) String deadline, RedirectAttributes redirect) {
        rectifications.requireVisible(id, user);
        return act(id, redirect, "enforcement.page.decided", () -> {
            if (accepted == null) {
                throw ApiProblem.badField("accepted", "REQUIRED", messages.get("enforcement.decision.required"));
            }
            Instant newDeadline = null;
            if (!accepted && deadline != null && !deadline.isBlank()) {
                newDeadline = Deadlines.parse(deadline).orElseThrow(() ->
                        ApiProblem.badField("deadline", "INVALID_VALUE", messages.get("enforcement.deadline.invalid")));
            }
            rectifications.decide(id, user, accepted, comment, newDeadline);
        });
    }

    private String act(String id, RedirectAttributes redirect, String notice, Runnable action) {
        return Acts.then(formErrors, redirect, "/enforcement/orders/" + id, notice, action);
    }

    /** The city records service outside the system (the provider has no account yet). */
    @PostMapping("/enforcement/orders/{id}/offline-service")
    @AllowedRoles(Role.CITY_REVIEWER)
    String offlineService(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                          @RequestParam(required = false) String servedAt, @RequestParam(required = false) String method,
                          RedirectAttributes redirect) {
        rectifications.requireVisible(id, user);
        return act(id, redirect, "enforcement.page.served", () -> {
            if (method == null || method.isBlank()) {
                throw ApiProblem.badField("method", "REQUIRED", messages.get("enforcement.service.method.required"));
            }
            Instant at = Deadlines.parseMoment(servedAt == null ? "" : servedAt).orElseThrow(() ->
                    ApiProblem.badField("servedAt", "REQUIRED", messages.get("enforcement.service.servedAt.required")));
            rectifications.offlineService(id, user, at, method);
        });
    }
}
