package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.enforcement.IcpManagement;
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

/** API.md "Joint supervision": the CA's ICP precondition and orders (四(二)). */
@RestController
class IcpApiController {

    private final IcpManagement icp;
    private final DeadlineParam deadlines;

    IcpApiController(IcpManagement icp, DeadlineParam deadlines) {
        this.icp = icp;
        this.deadlines = deadlines;
    }

    enum IcpKind { RECTIFY, SHUTDOWN }

    record IcpOrderRequest(@Nullable @Size(max = 40) String filingId, @Nullable @Size(max = 40) String filingNumber,
                           @NotNull(message = "{enforcement.icp.kind.required}") IcpKind kind,
                           @NotBlank(message = "{enforcement.icp.reason.required}") @Size(max = 2000) String reason,
                           @Nullable @Size(max = 40) String deadline) {
    }

    @GetMapping("/api/v1/icp-precondition")
    @AllowedRoles(Role.CA_OFFICER)
    IcpPrecondition icpPrecondition(@RequestParam String creditCode) {
        return icp.icpPrecondition(creditCode);
    }

    @PostMapping("/api/v1/icp-orders")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.CA_OFFICER)
    IcpOrderView issueIcpOrder(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        IcpOrderRequest r = body.read(IcpOrderRequest.class);
        Instant deadline = r.deadline() == null || r.deadline().isBlank() ? null : deadlines.parse(r.deadline(), "deadline");
        FilingListing filing = icp.agencyFiling(user, r.filingId(), r.filingNumber());
        return icp.issueIcpOrder(user, filing, r.kind().name(), r.reason(), deadline);
    }

    @GetMapping("/api/v1/icp-orders")
    @AllowedRoles({Role.CA_OFFICER, Role.CITY_REVIEWER, Role.CAC_OFFICER})
    PageResult<IcpOrderView> icpOrders(@RequestParam(required = false) String filingId,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return icp.icpOrders(filingId, PageQuery.of(page, size));
    }
}
