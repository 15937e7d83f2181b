package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.internal.persistence.AccountRepository;
import cn.eduapp.registry.identity.internal.domain.StoredAccount;
import cn.eduapp.registry.identity.AccountLocked;
import cn.eduapp.registry.identity.LoginFailed;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.FailureCount;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every check of an account's secret counts (issue 16): a wrong password at login, a wrong current
 * password on a password change, a wrong second-factor code at login or on its removal. Five within 15
 * minutes lock the account for 15 minutes (DOMAIN.md, 等保 三级); each is audited as LOGIN_FAILED with
 * its reason. Written outside the caller's transaction, so a refusal that rolls back still counts.
 */
@Component
class FailedAttempts {

    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate alone;

    FailedAttempts(AccountRepository accounts, ApplicationEventPublisher events, Clock clock,
                   PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean locked(StoredAccount account) {
        return FailureCount.locked(account.lockedUntil(), clock.instant());
    }

    /** Counts one failure, audited with {@code reason}; true when this failure locked the account. */
    boolean count(StoredAccount account, String reason, String client) {
        return Boolean.TRUE.equals(alone.execute(s -> record(account, reason, client)));
    }

    private boolean record(StoredAccount account, String reason, String client) {
        Actor actor = new Actor(account.username(), account.organisationId());
        FailureCount count = FailureCount.after(account.firstFailedAt(), account.failedAttempts(), account.lockedUntil(),
                clock.instant());
        Instant lockedUntil = count.lockedUntil();
        accounts.recordFailure(account.id(), count.attempts(), count.firstFailedAt(), lockedUntil);
        events.publishEvent(new LoginFailed(actor, account.id(), client, reason));
        if (lockedUntil != null) {
            events.publishEvent(new AccountLocked(actor, account.id(), lockedUntil));
        }
        return lockedUntil != null;
    }

    void reset(StoredAccount account) {
        if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
            accounts.resetFailures(account.id());
        }
    }
}
