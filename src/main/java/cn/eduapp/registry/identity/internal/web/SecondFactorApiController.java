package cn.eduapp.registry.identity.internal.web;

import cn.eduapp.registry.identity.internal.AccountApi;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own optional TOTP second factor; staff only (issue 8). */
@RestController
@RequestMapping("/api/v1/auth/second-factor")
@AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER, Role.DISTRICT_ADMIN,
        Role.SCHOOL_ADMIN})
class SecondFactorApiController {

    private final AccountApi accounts;

    SecondFactorApiController(AccountApi accounts) {
        this.accounts = accounts;
    }

    record CodeRequest(@NotBlank @Size(max = 20) String code) {
    }

    /** A new secret to add to an authenticator app; logins ask for codes once a code from it is confirmed. */
    @PostMapping
    Map<String, Object> begin(@AuthenticationPrincipal CurrentUser user) {
        return accounts.beginSecondFactor(user);
    }

    @PostMapping("/confirmation")
    ResponseEntity<Void> confirm(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        accounts.confirmSecondFactor(user, body.read(CodeRequest.class).code());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/removal")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        accounts.disableSecondFactor(user, body.read(CodeRequest.class).code());
        return ResponseEntity.noContent().build();
    }
}
