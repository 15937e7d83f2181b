package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.enforcement.RectificationManagement;
import cn.eduapp.registry.enforcement.RectificationManagement.NewOrder;
import cn.eduapp.registry.enforcement.IcpOrderView;
import cn.eduapp.registry.enforcement.IcpPrecondition;
import cn.eduapp.registry.enforcement.PreschoolRevocation;
import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.enforcement.RectificationView;
import cn.eduapp.registry.enforcement.TakedownNoticeView;
import cn.eduapp.registry.enforcement.internal.Deadlines;
import cn.eduapp.registry.filing.FilingSummary;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Enforcement": rectification orders, their service, the provider's answer, the city's decision and refusal finding. */
@RestController
class RectificationApiController {

    private final RectificationManagement rectifications;
    private final DeadlineParam deadlines;

    RectificationApiController(RectificationManagement rectifications, DeadlineParam deadlines) {
        this.rectifications = rectifications;
        this.deadlines = deadlines;
    }

    /** {@code deadline} (a date or timestamp) or {@code deadlineWorkingDays} (counted from service), one of them. */
    record OrderRequest(@NotBlank(message = "{enforcement.order.filingId.required}") String filingId,
                        @NotBlank(message = "{enforcement.order.reason.required}") @Size(max = 2000) String reason,
                        @NotBlank(message = "{enforcement.order.clause.required}") @Size(max = 200) String clause,
                        @Nullable @Size(max = 40) String deadline, @Nullable Integer deadlineWorkingDays,
                        @Nullable @Size(max = 100) String alertId,
                        @Nullable @Size(max = 40) String complaintId) {
    }

    record ResponseRequest(@NotBlank(message = "{enforcement.response.required}") @Size(max = 4000) String description) {
    }

    record DecisionRequest(@NotNull(message = "{enforcement.decision.required}") Boolean accepted,
                           @Nullable @Size(max = 2000) String comment, @Nullable @Size(max = 40) String deadline) {
    }

    record RefusalFindingRequest(@NotBlank(message = "{enforcement.refusal.evidence.required}") @Size(max = 4000) String evidence) {
    }

    record OfflineServiceRequest(@NotBlank(message = "{enforcement.service.servedAt.required}") @Size(max = 40) String servedAt,
                                 @NotBlank(message = "{enforcement.service.method.required}") @Size(max = 200) String method) {
    }

    @PostMapping("/api/v1/rectifications")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.CITY_REVIEWER)
    RectificationView order(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        OrderRequest r = body.read(OrderRequest.class);
        Instant deadline = r.deadline() == null || r.deadline().isBlank() ? null : deadlines.parse(r.deadline(), "deadline");
        return rectifications.order(user, new NewOrder(r.filingId().trim(), r.reason(), r.clause(), deadline,
                r.deadlineWorkingDays(), r.alertId(), r.complaintId()));
    }

    @GetMapping("/api/v1/rectifications/{id}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    RectificationView get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return rectifications.view(id, user);
    }

    @GetMapping("/api/v1/rectifications")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    PageResult<RectificationView> list(@AuthenticationPrincipal CurrentUser user,
                                       @RequestParam(required = false) String filingId,
                                       @RequestParam(required = false) RectificationStatus status,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return rectifications.list(user, filingId == null || filingId.isBlank() ? null : filingId.trim(), status,
                PageQuery.of(page, size));
    }

    @PostMapping("/api/v1/rectifications/{id}/response")
    @AllowedRoles(Role.PROVIDER)
    RectificationView respond(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        rectifications.requireOwn(id, user);
        return rectifications.respond(id, user, body.read(ResponseRequest.class).description());
    }

    @PostMapping("/api/v1/rectifications/{id}/decision")
    @AllowedRoles(Role.CITY_REVIEWER)
    RectificationView decide(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        rectifications.requireVisible(id, user);
        DecisionRequest r = body.read(DecisionRequest.class);
        Instant deadline = r.deadline() == null || r.deadline().isBlank() ? null : deadlines.parse(r.deadline(), "deadline");
        return rectifications.decide(id, user, r.accepted(), r.comment(), deadline);
    }

    /** 拒不整改 is found by the city, with its evidence; it opens a case (the provider no longer declares it). */
    @PostMapping("/api/v1/rectifications/{id}/refusal-finding")
    @AllowedRoles(Role.CITY_REVIEWER)
    RectificationView refusalFinding(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        rectifications.requireVisible(id, user);
        return rectifications.refusalFinding(id, user, body.read(RefusalFindingRequest.class).evidence());
    }

    @PostMapping("/api/v1/rectifications/{id}/offline-service")
    @AllowedRoles(Role.CITY_REVIEWER)
    RectificationView offlineService(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        rectifications.requireVisible(id, user);
        OfflineServiceRequest r = body.read(OfflineServiceRequest.class);
        return rectifications.offlineService(id, user, deadlines.moment(r.servedAt(), "servedAt"), r.method());
    }
}
