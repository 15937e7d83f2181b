package cn.eduapp.registry.distribution.internal.web;

import cn.eduapp.registry.distribution.DistributionManagement;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The CAC manages app-store (分发平台) accounts: create one (credentials shown once), revoke one. */
@RestController
@RequestMapping("/api/v1/app-stores")
@AllowedRoles(Role.CAC_OFFICER)
class AppStoreApiController {

    private final DistributionManagement distribution;

    AppStoreApiController(DistributionManagement distribution) {
        this.distribution = distribution;
    }

    record NewAppStore(@NotBlank(message = "{distribution.name.required}") @Size(max = 100) String name,
                       @Nullable @Size(min = 3, max = 50) @Pattern(regexp = "^[A-Za-z0-9._-]+$",
                               message = "{distribution.username.invalid}") String username) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DistributionManagement.AppStoreCredentials create(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        NewAppStore r = body.read(NewAppStore.class);
        return distribution.createAppStore(user, r.name(), r.username());
    }

    @GetMapping
    PageResult<DistributionManagement.AppStore> list(@RequestParam(required = false) Integer page,
                                                     @RequestParam(required = false) Integer size) {
        return distribution.appStores(PageQuery.of(page, size));
    }

    @PostMapping("/{id}/revocation")
    DistributionManagement.AppStore revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return distribution.revokeAppStore(user, id);
    }
}
