package cn.eduapp.registry.provider.internal;

import cn.eduapp.registry.provider.ProviderClaimRefused;
import cn.eduapp.registry.provider.internal.persistence.ClaimCodeRepository;
import cn.eduapp.registry.provider.internal.persistence.ClaimCodeRepository.ClaimCode;
import cn.eduapp.registry.shared.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A wrong claim code counts like a wrong password at login (identity's FailedAttempts): five within 15 minutes
 * lock claims of that provider for 15 minutes, even with the right code. Every refusal is audited; written
 * outside the caller's transaction, so a refusal that rolls back still counts.
 */
@Component
public class ClaimAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

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
        return code.lockedUntil() != null && clock.instant().isBefore(code.lockedUntil());
    }

    /** Counts a wrong code against the provider's claim code, audited. */
    public void countWrongCode(ClaimCode code, String client) {
        alone.executeWithoutResult(s -> {
            Instant now = clock.instant();
            boolean fresh = code.firstFailedAt() == null || !now.isBefore(code.firstFailedAt().plus(WINDOW))
                    || code.lockedUntil() != null;
            int attempts = fresh ? 1 : code.failedAttempts() + 1;
            Instant first = fresh ? now : code.firstFailedAt();
            codes.recordFailure(code.providerId(), attempts, first, attempts >= MAX_FAILURES ? now.plus(LOCK) : null);
            events.publishEvent(new ProviderClaimRefused(Actor.anonymous(client), code.providerId(), client, "WRONG_CODE"));
        });
    }

    /** Audits a refusal that counts nothing (no such provider, not claimable, expired, used, locked). */
    public void refused(String providerId, String client, String reason) {
        alone.executeWithoutResult(s ->
                events.publishEvent(new ProviderClaimRefused(Actor.anonymous(client), providerId, client, reason)));
    }
}
