package cn.eduapp.registry.identity.internal.web;

import cn.eduapp.registry.identity.internal.AgencyAccountService;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The agencies' staff accounts, kept by the city commission, which runs the platform. */
@RestController
@RequestMapping("/api/v1/agency-accounts")
@AllowedRoles(Role.CITY_REVIEWER)
class AgencyAccountApiController {

    private final AgencyAccountService accounts;

    AgencyAccountApiController(AgencyAccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    PageResult<AgencyAccountService.View> list(@RequestParam(required = false) String q,
                                               @RequestParam(required = false) Role role,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return accounts.list(q, role, PageQuery.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AgencyAccountService.View create(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        return accounts.create(user, body.read(AgencyAccountService.NewAgencyAccount.class));
    }

    @PostMapping("/{id}/disable")
    ResponseEntity<Void> disable(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        accounts.disable(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/second-factor-reset")
    ResponseEntity<Void> resetSecondFactor(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        accounts.resetSecondFactor(user, id);
        return ResponseEntity.noContent().build();
    }
}
