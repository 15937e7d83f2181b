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

/** API.md "Enforcement": the preschool revocation (三(五)). */
@RestController
class EnforcementApiController {

    private final EnforcementManagement enforcement;

    EnforcementApiController(EnforcementManagement enforcement) {
        this.enforcement = enforcement;
    }

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
}
