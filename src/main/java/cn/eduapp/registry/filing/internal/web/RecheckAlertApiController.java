package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.filing.RecheckAlert;
import cn.eduapp.registry.filing.internal.persistence.RecheckAlerts;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/recheck-alerts")
@AllowedRoles(Role.CITY_REVIEWER)
class RecheckAlertApiController {

    private final RecheckAlerts alerts;

    RecheckAlertApiController(RecheckAlerts alerts) {
        this.alerts = alerts;
    }

    record Dismissal(@NotBlank(message = "{recheck.comment.required}") @Size(max = 2000) String comment) {
    }

    @GetMapping
    PageResult<RecheckAlert> list(@RequestParam(required = false) String status,
                                  @RequestParam(required = false) String filingId,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (status != null && !status.matches("OPEN|RESOLVED|DISMISSED")) {
            throw ApiProblem.badField("status", "INVALID_VALUE", "status 须为 OPEN、RESOLVED 或 DISMISSED");
        }
        return alerts.list(status, filingId == null || filingId.isBlank() ? null : validUuid(filingId), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    RecheckAlert get(@PathVariable String id) {
        return alerts.find(id).orElseThrow(ApiProblem::notFound);
    }

    @PostMapping("/{id}/dismissal")
    RecheckAlert dismiss(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        alerts.find(id).orElseThrow(ApiProblem::notFound);
        return alerts.dismiss(id, user, body.read(Dismissal.class).comment());
    }

    private static String validUuid(String id) {
        try {
            return java.util.UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField("filingId", "INVALID_VALUE", "filingId 无效");
        }
    }
}
