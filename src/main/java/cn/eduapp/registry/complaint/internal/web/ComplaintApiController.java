package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.complaint.Agency;
import cn.eduapp.registry.complaint.ComplaintCategory;
import cn.eduapp.registry.complaint.ComplaintDetail;
import cn.eduapp.registry.complaint.ComplaintFigures;
import cn.eduapp.registry.complaint.ComplaintFilter;
import cn.eduapp.registry.complaint.ComplaintManagement;
import cn.eduapp.registry.complaint.ComplaintOutcome;
import cn.eduapp.registry.complaint.ComplaintStatus;
import cn.eduapp.registry.complaint.ComplaintSummary;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agencies' complaint API: each agency sees and handles only the complaints routed to it. */
@RestController
@RequestMapping("/api/v1/complaints")
@AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
class ComplaintApiController {

    private final ComplaintManagement complaints;

    ComplaintApiController(ComplaintManagement complaints) {
        this.complaints = complaints;
    }

    record Resolve(@NotNull(message = "{complaint.outcome.required}") @Nullable ComplaintOutcome outcome,
                   @NotBlank(message = "{complaint.feedback.required}") @Size(max = 5000, message = "{complaint.feedback.size}") @Nullable String feedback,
                   @Size(max = 5000, message = "{complaint.note.size}") @Nullable String internalNote) {
    }

    record Reassign(@NotNull(message = "{complaint.agency.required}") @Nullable Agency agency,
                    @NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{complaint.reason.size}") @Nullable String reason) {
    }

    record RectificationLink(@NotBlank(message = "{complaint.rectificationId.required}") @Size(max = 100) @Nullable String rectificationId) {
    }

    @GetMapping
    PageResult<ComplaintSummary> list(@AuthenticationPrincipal CurrentUser user,
                                      @RequestParam(required = false) @Nullable ComplaintStatus status,
                                      @RequestParam(required = false) @Nullable ComplaintCategory category,
                                      @RequestParam(required = false) @Nullable Integer dueWithinDays,
                                      @RequestParam(required = false) @Nullable Boolean overdue,
                                      @RequestParam(required = false) @Nullable String q,
                                      @RequestParam(required = false) @Nullable Integer page,
                                      @RequestParam(required = false) @Nullable Integer size) {
        if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > 366)) {
            throw ApiProblem.badField("dueWithinDays", "INVALID_VALUE", "到期天数须在 0 到 366 之间");
        }
        if (q != null && q.length() > ComplaintFilter.MAX_QUERY) {
            throw ApiProblem.badField("q", "TOO_LONG", "搜索内容不能超过 " + ComplaintFilter.MAX_QUERY + " 个字符");
        }
        return complaints.list(user, new ComplaintFilter(status, category, dueWithinDays, Boolean.TRUE.equals(overdue), q),
                PageQuery.of(page, size));
    }

    @GetMapping("/figures")
    @AllowedRoles(Role.CITY_REVIEWER)
    ComplaintFigures figures() {
        return complaints.figures();
    }

    @GetMapping("/{id}")
    ComplaintDetail get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return complaints.view(id, user, "API");
    }

    @PostMapping("/{id}/resolve")
    ComplaintDetail resolve(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        complaints.requireVisible(id, user);
        Resolve r = body.read(Resolve.class);
        return complaints.resolve(id, user, r.outcome(), r.feedback(), r.internalNote());
    }

    @PostMapping("/{id}/reassign")
    ComplaintDetail reassign(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        complaints.requireVisible(id, user);
        Reassign r = body.read(Reassign.class);
        return complaints.reassign(id, user, r.agency(), r.reason());
    }

    /** The city records the rectification order a substantiated complaint led to. */
    @PostMapping("/{id}/rectification-link")
    @AllowedRoles(Role.CITY_REVIEWER)
    ComplaintDetail link(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        complaints.requireVisible(id, user);
        return complaints.linkRectification(id, user, body.read(RectificationLink.class).rectificationId().trim());
    }
}
