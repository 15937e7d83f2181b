package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.enforcement.EnforcementManagement;
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
import cn.eduapp.registry.system.AllowedRoles;
import cn.eduapp.registry.system.ApiProblem;
import cn.eduapp.registry.system.JsonBody;
import cn.eduapp.registry.system.Messages;
import cn.eduapp.registry.system.PageQuery;
import cn.eduapp.registry.system.PageResult;
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

/** API.md "Enforcement" and "Joint supervision": orders, notices, the preschool revocation, the CA's ICP work. */
@RestController
class EnforcementApiController {

    private static final Role[] AGENCIES_AND_PROVIDER = {Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER,
            Role.CA_OFFICER, Role.CAC_OFFICER};

    private final EnforcementManagement enforcement;
    private final Messages messages;

    EnforcementApiController(EnforcementManagement enforcement, Messages messages) {
        this.enforcement = enforcement;
        this.messages = messages;
    }

    record OrderRequest(@NotBlank(message = "{enforcement.order.filingId.required}") String filingId,
                        @NotBlank(message = "{enforcement.order.reason.required}") @Size(max = 2000) String reason,
                        @NotBlank(message = "{enforcement.order.clause.required}") @Size(max = 200) String clause,
                        @NotBlank(message = "{enforcement.order.deadline.required}") @Size(max = 40) String deadline,
                        @Nullable @Size(max = 100) String alertId,
                        @Nullable @Size(max = 40) String complaintId) {
    }

    record ResponseRequest(@NotBlank(message = "{enforcement.response.required}") @Size(max = 4000) String description) {
    }

    record DecisionRequest(@NotNull(message = "{enforcement.decision.required}") Boolean accepted,
                           @Nullable @Size(max = 2000) String comment, @Nullable @Size(max = 40) String deadline) {
    }

    record RefusalRequest(@Nullable @Size(max = 2000) String reason) {
        static final RefusalRequest NONE = new RefusalRequest(null);
    }

    record NoticeRequest(@NotBlank(message = "{enforcement.notice.filingNumber.required}") @Size(max = 40) String filingNumber,
                         @NotBlank(message = "{enforcement.notice.reason.required}") @Size(max = 2000) String reason) {
    }

    enum AckAction { REMOVED, NOT_LISTED }

    record AckRequest(@NotNull(message = "{enforcement.ack.action.required}") AckAction action) {
    }

    enum IcpKind { RECTIFY, SHUTDOWN }

    record IcpOrderRequest(@Nullable @Size(max = 40) String filingId, @Nullable @Size(max = 40) String filingNumber,
                           @NotNull(message = "{enforcement.icp.kind.required}") IcpKind kind,
                           @NotBlank(message = "{enforcement.icp.reason.required}") @Size(max = 2000) String reason,
                           @Nullable @Size(max = 40) String deadline) {
    }

    // --- rectification orders ---

    @PostMapping("/api/v1/rectifications")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.CITY_REVIEWER)
    RectificationView order(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        OrderRequest r = body.read(OrderRequest.class);
        Instant deadline = deadline(r.deadline());
        return enforcement.order(user, r.filingId().trim(), r.reason(), r.clause(), deadline, r.alertId(), r.complaintId());
    }

    @GetMapping("/api/v1/rectifications/{id}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    RectificationView get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return enforcement.view(id, user);
    }

    @GetMapping("/api/v1/rectifications")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    PageResult<RectificationView> list(@AuthenticationPrincipal CurrentUser user,
                                       @RequestParam(required = false) String filingId,
                                       @RequestParam(required = false) RectificationStatus status,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return enforcement.list(user, filingId == null || filingId.isBlank() ? null : filingId.trim(), status,
                PageQuery.of(page, size));
    }

    @PostMapping("/api/v1/rectifications/{id}/response")
    @AllowedRoles(Role.PROVIDER)
    RectificationView respond(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        enforcement.requireOwn(id, user);
        return enforcement.respond(id, user, body.read(ResponseRequest.class).description());
    }

    @PostMapping("/api/v1/rectifications/{id}/decision")
    @AllowedRoles(Role.CITY_REVIEWER)
    RectificationView decide(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        enforcement.requireVisible(id, user);
        DecisionRequest r = body.read(DecisionRequest.class);
        Instant deadline = r.deadline() == null || r.deadline().isBlank() ? null : deadline(r.deadline());
        return enforcement.decide(id, user, r.accepted(), r.comment(), deadline);
    }

    @PostMapping("/api/v1/rectifications/{id}/refusal")
    @AllowedRoles(Role.PROVIDER)
    RectificationView refuse(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        enforcement.requireOwn(id, user);
        return enforcement.refuse(id, user, body.readOr(RefusalRequest.class, RefusalRequest.NONE).reason());
    }

    // --- 三(五) ---

    @GetMapping("/api/v1/enforcement/preschool-revocations/candidates")
    @AllowedRoles(Role.CITY_REVIEWER)
    Map<String, Object> preschoolCandidates() {
        List<FilingSummary> items = enforcement.preschoolCandidates();
        return Map.of("items", items, "total", items.size());
    }

    @PostMapping("/api/v1/enforcement/preschool-revocations")
    @AllowedRoles(Role.CITY_REVIEWER)
    PreschoolRevocation revokePreschool(@AuthenticationPrincipal CurrentUser user) {
        return enforcement.revokePreschool(user);
    }

    // --- takedown notices ---

    @PostMapping("/api/v1/takedown-notices")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER})
    TakedownNoticeView issueNotice(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        NoticeRequest r = body.read(NoticeRequest.class);
        return enforcement.issueNotice(user, r.filingNumber(), r.reason());
    }

    @GetMapping("/api/v1/takedown-notices")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER})
    PageResult<TakedownNoticeView.Summary> notices(@RequestParam(required = false) String filingNumber,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        return enforcement.notices(filingNumber, PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/takedown-notices/{id}")
    @AllowedRoles({Role.CAC_OFFICER, Role.CA_OFFICER})
    TakedownNoticeView notice(@PathVariable String id) {
        return enforcement.notice(id);
    }

    @GetMapping("/api/v1/distribution/notices")
    @AllowedRoles(Role.DISTRIBUTION_PLATFORM)
    PageResult<TakedownNoticeView.InboxItem> inbox(@AuthenticationPrincipal CurrentUser user,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        return enforcement.inbox(user, PageQuery.of(page, size));
    }

    @PostMapping("/api/v1/distribution/notices/{id}/ack")
    @AllowedRoles(Role.DISTRIBUTION_PLATFORM)
    Map<String, Object> acknowledge(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        enforcement.requireNoticeFor(id, user);
        AckRequest r = body.read(AckRequest.class);
        enforcement.acknowledge(id, user, r.action().name());
        return Map.of("id", id, "action", r.action().name());
    }

    // --- 四(二) ---

    @GetMapping("/api/v1/icp-precondition")
    @AllowedRoles(Role.CA_OFFICER)
    IcpPrecondition icpPrecondition(@RequestParam String creditCode) {
        return enforcement.icpPrecondition(creditCode);
    }

    @PostMapping("/api/v1/icp-orders")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.CA_OFFICER)
    IcpOrderView issueIcpOrder(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        IcpOrderRequest r = body.read(IcpOrderRequest.class);
        Instant deadline = r.deadline() == null || r.deadline().isBlank() ? null : deadline(r.deadline());
        FilingListing filing = enforcement.agencyFiling(user, r.filingId(), r.filingNumber());
        return enforcement.issueIcpOrder(user, filing, r.kind().name(), r.reason(), deadline);
    }

    @GetMapping("/api/v1/icp-orders")
    @AllowedRoles({Role.CA_OFFICER, Role.CITY_REVIEWER, Role.CAC_OFFICER})
    PageResult<IcpOrderView> icpOrders(@RequestParam(required = false) String filingId,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return enforcement.icpOrders(filingId, PageQuery.of(page, size));
    }

    private Instant deadline(String text) {
        return Deadlines.parse(text).orElseThrow(() ->
                ApiProblem.badField("deadline", "INVALID_VALUE", messages.get("enforcement.deadline.invalid")));
    }
}
