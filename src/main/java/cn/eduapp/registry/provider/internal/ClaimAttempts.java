package cn.eduapp.registry.provider.internal;

import cn.eduapp.registry.provider.ProviderClaimRefused;
import cn.eduapp.registry.provider.internal.persistence.ClaimCodeRepository;
import cn.eduapp.registry.provider.internal.persistence.ClaimCodeRepository.ClaimCode;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.FailureCount;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A wrong claim code counts like a wrong password at login ({@link FailureCount}, as identity's FailedAttempts): five within 15 minutes
 * lock claims of that provider for 15 minutes, even with the right code. Every refusal is audited; written
 * outside the caller's transaction, so a refusal that rolls back still counts.
 */
@Component
public class ClaimAttempts {

    private final ClaimCodeRepository codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate alone;

    ClaimAttempts(ClaimCodeRepository codes, ApplicationEventPublisher events, Clock clock,
                  PlatformTransactionManager transactions) {
        this.codes = codes;
        this.events = events;
        this.clock = clock;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public boolean locked(ClaimCode code) {
        return FailureCount.locked(code.lockedUntil(), clock.instant());
    }

    /** Counts a wrong code against the provider's claim code, audited. */
    public void countWrongCode(ClaimCode code, String client) {
        alone.executeWithoutResult(s -> {
            FailureCount count = FailureCount.after(code.firstFailedAt(), code.failedAttempts(), code.lockedUntil(),
                    clock.instant());
            codes.recordFailure(code.providerId(), count.attempts(), count.firstFailedAt(), count.lockedUntil());
            events.publishEvent(new ProviderClaimRefused(Actor.anonymous(client), code.providerId(), client, "WRONG_CODE"));
        });
    }

    /** Audits a refusal that counts nothing (no such provider, not claimable, expired, used, locked). */
    public void refused(String providerId, String client, String reason) {
        alone.executeWithoutResult(s ->
                events.publishEvent(new ProviderClaimRefused(Actor.anonymous(client), providerId, client, reason)));
    }
}
