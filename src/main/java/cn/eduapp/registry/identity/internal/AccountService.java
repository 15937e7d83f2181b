package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.internal.persistence.AccountRepository;
import cn.eduapp.registry.identity.internal.domain.StoredAccount;
import cn.eduapp.registry.identity.LoggedOut;
import cn.eduapp.registry.identity.PasswordChanged;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final FailedAttempts failures;
    private final AccountSessions sessions;
    private final SecondFactorService secondFactor;
    private final TransactionTemplate transactions;

    AccountService(LoginService logins, TokenService tokens, AccountRepository accounts, PasswordPolicy policy,
                   ApplicationEventPublisher events, Messages messages, FailedAttempts failures,
                   AccountSessions sessions, SecondFactorService secondFactor, PlatformTransactionManager txManager) {
        this.failures = failures;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
        this.transactions = new TransactionTemplate(txManager);
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

    /**
     * A wrong current password counts towards the lockout like a failed login; while the account is locked
     * the change is refused with 423. The change ends every other session and token of the account.
     */
    void changePassword(CurrentUser user, String current, String next) {
        StoredAccount account = accounts.findById(user.accountId()).orElseThrow(ApiProblem::notFound);
        if (failures.locked(account)) {
            throw locked();
        }
        List<ProblemError> problems = new ArrayList<>();
        if (!accounts.matches(account, current)) {
            // the fifth still answers as wrong (and locks), like the login's; the sixth is 423
            failures.count(account, "BAD_CURRENT_PASSWORD", Clients.address());
            problems.add(new ProblemError("currentPassword", "WRONG_PASSWORD", messages.get("identity.password.wrongCurrent")));
        }
        problems.addAll(policy.check("newPassword", account.username(), next));
        if (current.equals(next)) {
            problems.add(new ProblemError("newPassword", "PASSWORD_UNCHANGED", messages.get("identity.password.unchanged")));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.badRequest(problems);
        }
        transactions.executeWithoutResult(t -> {
            accounts.changePassword(account.id(), next);
            failures.reset(account);
            events.publishEvent(new PasswordChanged(user.actor(), user.accountId()));
            sessions.endOthers(account.id(), account.username());
        });
    }

    /**
     * Turning the second factor off takes a current code; a wrong one counts towards the lockout like a
     * failed login, and while the account is locked the removal is refused with 423.
     */
    void removeSecondFactor(CurrentUser user, @Nullable String code) {
        StoredAccount account = accounts.findById(user.accountId()).orElseThrow(ApiProblem::notFound);
        if (failures.locked(account)) {
            throw locked();
        }
        try {
            secondFactor.disable(user, code);
        } catch (ApiProblem e) {
            boolean wrongCode = e.errors().stream().anyMatch(x -> "WRONG_CODE".equals(x.code()));
            if (wrongCode) {
                failures.count(account, "BAD_SECOND_FACTOR", Clients.address());
            }
            throw e;
        }
    }

    /** The current state of the caller's account, for the checks every request passes. */
    boolean firstPasswordPending(String accountId) {
        return accounts.findById(accountId).map(LoginService::firstPassword).orElse(false);
    }

    static ApiProblem locked() {
        return new ApiProblem(HttpStatus.LOCKED, "identity.locked", List.of());
    }
}
