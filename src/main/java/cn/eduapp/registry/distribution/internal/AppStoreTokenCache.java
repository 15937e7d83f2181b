package cn.eduapp.registry.distribution.internal;

import cn.eduapp.registry.identity.AccountAccessEnded;
import cn.eduapp.registry.identity.LoggedOut;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.BearerTokenAuthenticator;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Verify is the hottest path of the system, and two of its three database lookups were the bearer token
 * and its account. App-store tokens (machine clients, no idle timeout) are therefore remembered for a
 * short while ({@code registry.distribution.token-cache-ttl}, default 10 s; PT0S turns it off), in a
 * Caffeine cache bounded to {@value #MAX_ENTRIES} tokens. Every other caller goes to identity each time. A
 * logout or the CAC's revocation evicts at once on this instance; other instances notice within the TTL,
 * which bounds how long a revoked token still works.
 */
@Component
@Primary
public class AppStoreTokenCache implements BearerTokenAuthenticator {

    static final int MAX_ENTRIES = 10_000;

    private final BearerTokenAuthenticator identity;
    private final @Nullable Cache<String, CurrentUser> entries;

    AppStoreTokenCache(BearerTokenAuthenticator identity, DistributionSettings settings) {
        this.identity = identity;
        this.entries = !settings.tokenCacheTtl().isNegative() && !settings.tokenCacheTtl().isZero()
                ? Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(settings.tokenCacheTtl()).build()
                : null;
    }

    @Override
    public Optional<CurrentUser> authenticate(String token) {
        if (entries == null) {
            return identity.authenticate(token);
        }
        CurrentUser known = entries.getIfPresent(token);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CurrentUser> user = identity.authenticate(token);
        if (user.isPresent() && user.get().has(Role.DISTRIBUTION_PLATFORM) && !user.get().isStaff()) {
            entries.put(token, user.get());
        }
        return user;
    }

    public void evictOrganisation(String organisationId) {
        evict(u -> u.organisationId().equals(organisationId));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LoggedOut e) {
        evict(u -> u.accountId().equals(e.accountId()));
    }

    /** The account was disabled or its password changed (issue 16): its cached tokens go at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountAccessEnded e) {
        evict(u -> u.accountId().equals(e.accountId()));
    }

    private void evict(Predicate<CurrentUser> which) {
        if (entries != null) {
            entries.asMap().values().removeIf(which);
        }
    }
}
