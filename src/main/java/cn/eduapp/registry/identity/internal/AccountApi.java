package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** What the account endpoints answer, in API.md's shapes. */
@Component
public class AccountApi {

    private final AccountService service;
    private final SecondFactorService secondFactor;
    private final Messages messages;

    AccountApi(AccountService service, SecondFactorService secondFactor, Messages messages) {
        this.service = service;
        this.secondFactor = secondFactor;
        this.messages = messages;
    }

    public Map<String, Object> login(String username, String password, @Nullable String code, String client) {
        try {
            AccountService.LoginResult r = service.login(username, password, code, client);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("token", r.token().token());
            body.put("expiresAt", r.token().expiresAt());
            body.put("username", r.account().username());
            body.put("roles", roles(r.account().roles()));
            body.put("organisationId", r.account().organisationId());
            body.put("passwordChangeRequired", r.passwordChangeRequired());
            return body;
        } catch (LoginRefused e) {
            if (e.locked) {
                throw new ApiProblem(HttpStatus.LOCKED, "identity.locked", List.of());
            }
            if (e.secondFactor) {
                throw new ApiProblem(HttpStatus.UNAUTHORIZED, "identity.secondFactor.required", List.of(new ProblemError(
                        "code", "SECOND_FACTOR_REQUIRED", messages.get("identity.secondFactor.required"))));
            }
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "identity.badCredentials", List.of());
        }
    }

    /** Begins setting up the caller's second factor: {@code secret} and {@code otpauthUri}, shown once. */
    public Map<String, Object> beginSecondFactor(CurrentUser user) {
        return setupBody(secondFactor.begin(user));
    }

    /** The caller's secret being set up and not yet confirmed, if any, in the same shape. */
    public java.util.Optional<Map<String, Object>> pendingSecondFactor(CurrentUser user) {
        return secondFactor.pending(user).map(AccountApi::setupBody);
    }

    private static Map<String, Object> setupBody(SecondFactorService.Setup setup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("secret", setup.secret());
        body.put("otpauthUri", setup.uri());
        return body;
    }

    public void confirmSecondFactor(CurrentUser user, @Nullable String code) {
        secondFactor.confirm(user, code);
    }

    public void disableSecondFactor(CurrentUser user, @Nullable String code) {
        service.removeSecondFactor(user, code);
    }

    public boolean secondFactorEnabled(CurrentUser user) {
        return secondFactor.enabled(user.accountId());
    }

    public Map<String, Object> describe(CurrentUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", user.username());
        body.put("roles", roles(user.roles()));
        body.put("organisationId", user.organisationId());
        body.put("organisationName", user.organisationName());
        body.put("passwordChangeRequired", service.passwordChangeRequired(user));
        body.put("secondFactor", secondFactor.enabled(user.accountId()));
        return body;
    }

    public void logout(CurrentUser user, String token) {
        service.logout(user, token);
    }

    public void changePassword(CurrentUser user, String current, String next) {
        service.changePassword(user, current, next);
    }

    private static List<String> roles(java.util.Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
