package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.AccountLocked;
import cn.eduapp.registry.identity.LoginFailed;
import cn.eduapp.registry.identity.LoginSucceeded;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password, counting failures: five within 15 minutes lock the account for 15
 * minutes, and while locked even the right password is refused (DOMAIN.md, 等保 三级).
 */
@Service
class LoginService {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration PASSWORD_MAX_AGE = Duration.ofDays(90);
    // compared against when the username is unknown, so both answers take the same time
    private static final String DUMMY_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3Zsx0oRJVL/VCg5H8lbRzJS";

    private final AccountRepository accounts;
    private final SecondFactorService secondFactor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginService(AccountRepository accounts, SecondFactorService secondFactor, ApplicationEventPublisher events,
                 Clock clock) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The password, and for an account with a second factor its current code: a missing or wrong code counts
     * as a failed attempt like a wrong password (five lock the account), but is answered as such, since the
     * person already knew the password.
     */
    StoredAccount authenticate(String username, String password, @Nullable String code, String client) {
        Optional<StoredAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            accounts.matches(new StoredAccount("", "", "", "", DUMMY_HASH, java.util.Set.of(), false,
                    Instant.EPOCH, 0, null, null), password);
            events.publishEvent(new LoginFailed(Actor.anonymous(client), "", client, "UNKNOWN_USER"));
            throw new LoginRefused(false);
        }
        StoredAccount account = found.get();
        Actor actor = new Actor(account.username(), account.organisationId());
        Instant now = clock.instant();
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            events.publishEvent(new LoginFailed(actor, account.id(), client, "LOCKED"));
            throw new LoginRefused(true);
        }
        boolean passwordRight = account.enabled() && accounts.matches(account, password);
        SecondFactorService.Check second = passwordRight ? secondFactor.check(account.id(), code) : null;
        if (passwordRight && second != SecondFactorService.Check.REFUSED) {
            if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
                accounts.resetFailures(account.id());
            }
            events.publishEvent(new LoginSucceeded(actor, account.id(), client));
            return account;
        }
        boolean freshWindow = account.firstFailedAt() == null
                || !now.isBefore(account.firstFailedAt().plus(WINDOW))
                || account.lockedUntil() != null;
        int attempts = freshWindow ? 1 : account.failedAttempts() + 1;
        Instant first = freshWindow ? now : account.firstFailedAt();
        Instant lockedUntil = attempts >= MAX_FAILURES ? now.plus(LOCK) : null;
        accounts.recordFailure(account.id(), attempts, first, lockedUntil);
        events.publishEvent(new LoginFailed(actor, account.id(), client, passwordRight ? "BAD_SECOND_FACTOR" : "BAD_PASSWORD"));
        if (lockedUntil != null) {
            events.publishEvent(new AccountLocked(actor, account.id(), lockedUntil));
        }
        throw passwordRight ? LoginRefused.secondFactor() : new LoginRefused(false);
    }

    /** 等保 asks staff to change passwords periodically; older than 90 days, they are asked to. */
    boolean passwordChangeRequired(StoredAccount account) {
        return account.roles().stream().anyMatch(r -> r.isStaff())
                && account.passwordChangedAt().plus(PASSWORD_MAX_AGE).isBefore(clock.instant());
    }

    static CurrentUser currentUser(StoredAccount a) {
        return new CurrentUser(a.id(), a.username(), a.organisationId(), a.organisationName(), a.roles());
    }
}
