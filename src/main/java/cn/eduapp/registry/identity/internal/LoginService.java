package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.internal.persistence.AccountRepository;
import cn.eduapp.registry.identity.internal.domain.StoredAccount;
import cn.eduapp.registry.identity.LoginFailed;
import cn.eduapp.registry.identity.LoginSucceeded;
import cn.eduapp.registry.shared.Actor;
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

    static final Duration PASSWORD_MAX_AGE = Duration.ofDays(90);
    // compared against when the username is unknown, so both answers take the same time
    private static final String DUMMY_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3Zsx0oRJVL/VCg5H8lbRzJS";

    private final AccountRepository accounts;
    private final SecondFactorService secondFactor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FailedAttempts failures;

    LoginService(AccountRepository accounts, SecondFactorService secondFactor, ApplicationEventPublisher events,
                 Clock clock, FailedAttempts failures) {
        this.accounts = accounts;
        this.failures = failures;
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
        if (failures.locked(account)) {
            events.publishEvent(new LoginFailed(actor, account.id(), client, "LOCKED"));
            throw new LoginRefused(true);
        }
        boolean passwordRight = account.enabled() && accounts.matches(account, password);
        SecondFactorService.Check second = passwordRight ? secondFactor.check(account.id(), code) : null;
        if (passwordRight && second != SecondFactorService.Check.REFUSED) {
            failures.reset(account);
            events.publishEvent(new LoginSucceeded(actor, account.id(), client));
            return account;
        }
        failures.count(account, passwordRight ? "BAD_SECOND_FACTOR" : "BAD_PASSWORD", client);
        throw passwordRight ? LoginRefused.secondFactor() : new LoginRefused(false);
    }

    /** 等保 asks staff to change passwords periodically; older than 90 days, they are asked to. */
    boolean passwordChangeRequired(StoredAccount account) {
        return account.staff()
                && account.passwordChangedAt().plus(PASSWORD_MAX_AGE).isBefore(clock.instant());
    }

    /** A first password (set by someone else, marked with the epoch) must be changed before anything else. */
    static boolean firstPassword(StoredAccount account) {
        return account.staff() && account.firstPassword();
    }
}
