package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.LoggedOut;
import cn.eduapp.registry.identity.PasswordChanged;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.ApiProblem;
import cn.eduapp.registry.system.Messages;
import cn.eduapp.registry.system.ProblemError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logging in for the API, logging out, changing one's password. */
@Service
class AccountService {

    private final LoginService logins;
    private final TokenService tokens;
    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    AccountService(LoginService logins, TokenService tokens, AccountRepository accounts, PasswordPolicy policy,
                   ApplicationEventPublisher events, Messages messages) {
        this.logins = logins;
        this.tokens = tokens;
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
        this.messages = messages;
    }

    record LoginResult(TokenService.IssuedToken token, StoredAccount account, boolean passwordChangeRequired) {
    }

    LoginResult login(String username, String password, @Nullable String code, String client) {
        StoredAccount account = logins.authenticate(username, password, code, client);
        return new LoginResult(tokens.issue(account), account, logins.passwordChangeRequired(account));
    }

    boolean passwordChangeRequired(CurrentUser user) {
        return accounts.findById(user.accountId()).map(logins::passwordChangeRequired).orElse(false);
    }

    @Transactional
    void logout(CurrentUser user, String token) {
        tokens.revoke(token);
        events.publishEvent(new LoggedOut(user.actor(), user.accountId()));
    }

    @Transactional
    void changePassword(CurrentUser user, String current, String next) {
        StoredAccount account = accounts.findById(user.accountId()).orElseThrow(ApiProblem::notFound);
        List<ProblemError> problems = new ArrayList<>();
        if (!accounts.matches(account, current)) {
            problems.add(new ProblemError("currentPassword", "WRONG_PASSWORD", messages.get("identity.password.wrongCurrent")));
        }
        problems.addAll(policy.check("newPassword", account.username(), next));
        if (current.equals(next)) {
            problems.add(new ProblemError("newPassword", "PASSWORD_UNCHANGED", messages.get("identity.password.unchanged")));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.badRequest(problems);
        }
        accounts.changePassword(account.id(), next);
        events.publishEvent(new PasswordChanged(user.actor(), user.accountId()));
    }
}
