package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.provider.ProviderChangeRequest;
import cn.eduapp.registry.provider.ProviderChangeView;
import cn.eduapp.registry.provider.ProviderChanges;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** Issue 21: a provider's change and closure (注销) requests, and the city's decisions on them. */
@RestController
class ProviderChangeApiController {

    private final ProviderChanges changes;

    ProviderChangeApiController(ProviderChanges changes) {
        this.changes = changes;
    }

    record Closure(@Nullable @Size(max = 1000) String reason) {
    }

    record Decision(@NotNull(message = "{provider.change.approveRequired}") Boolean approve,
                    @Nullable @Size(max = 1000) String comment) {
    }

    @PostMapping("/api/v1/providers/{id}/change-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.PROVIDER)
    ProviderChangeView request(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        changes.ofProvider(id, user);
        return changes.requestChange(id, user, body.read(ProviderChangeRequest.class));
    }

    @GetMapping("/api/v1/providers/{id}/change-requests")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    Map<String, List<ProviderChangeView>> list(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", changes.ofProvider(id, user));
    }

    @PostMapping("/api/v1/providers/{id}/closure")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.PROVIDER)
    ProviderChangeView close(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        changes.ofProvider(id, user);
        return changes.requestClosure(id, user, body.readOr(Closure.class, new Closure(null)).reason());
    }

    /** The city's queue of pending change and closure requests. */
    @GetMapping("/api/v1/provider-change-requests")
    @AllowedRoles(Role.CITY_REVIEWER)
    PageResult<ProviderChangeView> pending(@RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return changes.pending(PageQuery.of(page, size));
    }

    @PostMapping("/api/v1/providers/{id}/change-requests/{requestId}/decision")
    @AllowedRoles(Role.CITY_REVIEWER)
    ProviderChangeView decide(@PathVariable String id, @PathVariable String requestId,
                              @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        changes.find(id, requestId, user);
        Decision d = body.read(Decision.class);
        return changes.decide(id, requestId, d.approve(), d.comment(), user);
    }
}
