package cn.eduapp.registry.identity.internal.web;

import cn.eduapp.registry.identity.internal.AccountApi;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.JsonBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

    private final AccountApi accounts;

    AuthApiController(AccountApi accounts) {
        this.accounts = accounts;
    }

    /** {@code code}: the current one-time code, for accounts with a second factor. */
    record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password,
                        @Nullable @Size(max = 20) String code) {
    }

    record PasswordChange(@NotBlank @Size(max = 200) String currentPassword, @NotBlank @Size(max = 200) String newPassword) {
    }

    @PostMapping("/login")
    Map<String, Object> login(JsonBody body, HttpServletRequest request) {
        LoginRequest login = body.read(LoginRequest.class);
        return accounts.login(login.username(), login.password(), login.code(), request.getRemoteAddr());
    }

    @GetMapping("/me")
    Map<String, Object> me(@AuthenticationPrincipal CurrentUser user) {
        return accounts.describe(user);
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        accounts.logout(user, request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password")
    ResponseEntity<Void> password(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        PasswordChange change = body.read(PasswordChange.class);
        accounts.changePassword(user, change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
