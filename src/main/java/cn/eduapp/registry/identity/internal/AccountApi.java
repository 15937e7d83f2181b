package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.ApiProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** What the account endpoints answer, in API.md's shapes. */
@Component
public class AccountApi {

    private final AccountService service;

    AccountApi(AccountService service) {
        this.service = service;
    }

    public Map<String, Object> login(String username, String password, String client) {
        try {
            AccountService.LoginResult r = service.login(username, password, client);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("token", r.token().token());
            body.put("expiresAt", r.token().expiresAt());
            body.put("username", r.account().username());
            body.put("roles", roles(r.account().roles()));
            body.put("organisationId", r.account().organisationId());
            body.put("passwordChangeRequired", r.passwordChangeRequired());
            return body;
        } catch (LoginRefused e) {
            throw e.locked
                    ? new ApiProblem(HttpStatus.LOCKED, "identity.locked", List.of())
                    : new ApiProblem(HttpStatus.UNAUTHORIZED, "identity.badCredentials", List.of());
        }
    }

    public Map<String, Object> describe(CurrentUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", user.username());
        body.put("roles", roles(user.roles()));
        body.put("organisationId", user.organisationId());
        body.put("organisationName", user.organisationName());
        body.put("passwordChangeRequired", service.passwordChangeRequired(user));
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
