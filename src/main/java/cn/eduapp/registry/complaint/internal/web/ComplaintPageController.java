package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.complaint.Agency;
import cn.eduapp.registry.complaint.ComplaintCategory;
import cn.eduapp.registry.complaint.ComplaintDetail;
import cn.eduapp.registry.complaint.ComplaintFilter;
import cn.eduapp.registry.complaint.ComplaintManagement;
import cn.eduapp.registry.complaint.ComplaintOutcome;
import cn.eduapp.registry.complaint.ComplaintStatus;
import cn.eduapp.registry.complaint.EvidenceDownload;
import cn.eduapp.registry.document.Downloads;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.ProblemError;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agencies' pages: the queue, a complaint's detail with its resolve and reassign forms, the figures. */
@Controller
@AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
class ComplaintPageController {

    /** "Due soon" on the queue page: open and due within this many days. */
    static final int DUE_SOON_DAYS = 3;

    private final ComplaintManagement complaints;
    private final FormErrors formErrors;
    private final Messages messages;

    ComplaintPageController(ComplaintManagement complaints, FormErrors formErrors, Messages messages) {
        this.complaints = complaints;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/complaints")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable ComplaintStatus status,
                @RequestParam(required = false) @Nullable ComplaintCategory category,
                @RequestParam(required = false) @Nullable Boolean dueSoon,
                @RequestParam(required = false) @Nullable Boolean overdue,
                @RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        boolean soon = Boolean.TRUE.equals(dueSoon);
        boolean late = Boolean.TRUE.equals(overdue);
        // an over-long search from the address bar is cut, not an error page
        String query = q == null || q.isBlank() ? null
                : q.strip().substring(0, Math.min(q.strip().length(), ComplaintFilter.MAX_QUERY));
        model.addAttribute("result", complaints.list(user,
                new ComplaintFilter(status, category, soon ? DUE_SOON_DAYS : null, late, query), PageQuery.of(page, 20)));
        model.addAttribute("q", query);
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("dueSoon", soon);
        model.addAttribute("overdue", late);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("agency", Agency.of(user.roles()).orElse(null));
        return "complaint/list";
    }

    @GetMapping("/complaints/figures")
    @AllowedRoles(Role.CITY_REVIEWER)
    String figures(Model model) {
        model.addAttribute("figures", complaints.figures());
        return "complaint/figures";
    }

    @GetMapping("/complaints/{id}")
    String detail(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ComplaintDetail complaint = complaints.view(id, user, "PAGE");
        model.addAttribute("complaint", complaint);
        model.addAttribute("outcomes", ComplaintOutcome.values());
        model.addAttribute("otherAgencies", java.util.Arrays.stream(Agency.values())
                .filter(a -> a != complaint.agency()).toList());
        model.addAttribute("city", user.has(Role.CITY_REVIEWER));
        return "complaint/detail";
    }

    @PostMapping("/complaints/{id}/resolve")
    String resolve(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                   @RequestParam(required = false) @Nullable ComplaintOutcome outcome,
                   @RequestParam(required = false) @Nullable String feedback,
                   @RequestParam(required = false) @Nullable String internalNote, RedirectAttributes redirect) {
        complaints.requireVisible(id, user);
        return act(id, redirect, "complaint.resolved", () -> {
            if (outcome == null) {
                throw ApiProblem.badField("outcome", "REQUIRED", messages.get("complaint.outcome.required"));
            }
            if (feedback == null || feedback.isBlank() || feedback.length() > 5000) {
                throw ApiProblem.badField("feedback", "REQUIRED", messages.get(feedback == null || feedback.isBlank()
                        ? "complaint.feedback.required" : "complaint.feedback.size"));
            }
            if (internalNote != null && internalNote.length() > 5000) {
                throw ApiProblem.badField("internalNote", "INVALID_VALUE", messages.get("complaint.note.size"));
            }
            complaints.resolve(id, user, outcome, feedback, internalNote);
        });
    }

    @PostMapping("/complaints/{id}/reassign")
    String reassign(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                    @RequestParam(required = false) @Nullable Agency agency,
                    @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        complaints.requireVisible(id, user);
        List<ProblemError> errors = formErrors.problems(() -> {
            if (agency == null) {
                throw ApiProblem.badField("agency", "REQUIRED", messages.get("complaint.agency.required"));
            }
            if (reason == null || reason.isBlank() || reason.length() > 2000) {
                throw ApiProblem.badField("reason", "REQUIRED", messages.get(reason == null || reason.isBlank()
                        ? "complaint.reason.required" : "complaint.reason.size"));
            }
            complaints.reassign(id, user, agency, reason);
        });
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("actionErrors", errors);
            return "redirect:/complaints/" + id;
        }
        // the complaint has left this agency's sight: back to the queue
        redirect.addFlashAttribute("notice", "complaint.reassigned");
        return "redirect:/complaints";
    }

    @PostMapping("/complaints/{id}/rectification-link")
    @AllowedRoles(Role.CITY_REVIEWER)
    String link(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                @RequestParam(required = false) @Nullable String rectificationId, RedirectAttributes redirect) {
        complaints.requireVisible(id, user);
        return act(id, redirect, "complaint.linked", () -> {
            if (rectificationId == null || rectificationId.isBlank() || rectificationId.length() > 100) {
                throw ApiProblem.badField("rectificationId", "REQUIRED", messages.get("complaint.rectificationId.required"));
            }
            complaints.linkRectification(id, user, rectificationId.trim());
        });
    }

    /** Evidence for the agency holding the complaint: always a download, never rendered inline. */
    @GetMapping("/complaints/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable String id, @PathVariable String evidenceId,
                                    @AuthenticationPrincipal CurrentUser user) {
        EvidenceDownload e = complaints.evidence(id, evidenceId, user);
        return Downloads.attachment(e.fileName(), e.contentType(), e.content());
    }

    private String act(String id, RedirectAttributes redirect, String notice, Runnable action) {
        List<ProblemError> errors = formErrors.problems(action);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", notice);
        } else {
            redirect.addFlashAttribute("actionErrors", errors);
        }
        return "redirect:/complaints/" + id;
    }
}
