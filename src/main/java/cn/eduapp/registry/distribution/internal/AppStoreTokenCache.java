package cn.eduapp.registry.distribution.internal;

import cn.eduapp.registry.identity.LoggedOut;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.BearerTokenAuthenticator;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Verify is the hottest path of the system, and two of its three database lookups were the bearer token
 * and its account. App-store tokens (machine clients, no idle timeout) are therefore remembered for a
 * short while ({@code registry.distribution.token-cache-ttl}, default 10 s; PT0S turns it off). Every
 * other caller goes to identity each time. A logout or the CAC's revocation evicts at once on this
 * instance; other instances notice within the TTL, which bounds how long a revoked token still works.
 */
@Component
@Primary
public class AppStoreTokenCache implements BearerTokenAuthenticator {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(CurrentUser user, long until) {
    }

    private final BearerTokenAuthenticator identity;
    private final long ttlNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    AppStoreTokenCache(BearerTokenAuthenticator identity,
                       @Value("${registry.distribution.token-cache-ttl:PT10S}") Duration ttl) {
        this.identity = identity;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public Optional<CurrentUser> authenticate(String token) {
        if (ttlNanos <= 0) {
            return identity.authenticate(token);
        }
        long now = System.nanoTime();
        Entry e = entries.get(token);
        if (e != null && now - e.until() < 0) {
            return Optional.of(e.user());
        }
        Optional<CurrentUser> user = identity.authenticate(token);
        if (user.isPresent() && user.get().has(Role.DISTRIBUTION_PLATFORM) && !user.get().isStaff()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(token, new Entry(user.get(), now + ttlNanos));
        } else if (e != null) {
            entries.remove(token);
        }
        return user;
    }

    public void evictOrganisation(String organisationId) {
        entries.values().removeIf(e -> e.user().organisationId().equals(organisationId));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LoggedOut e) {
        entries.values().removeIf(x -> x.user().accountId().equals(e.accountId()));
    }

    /** The account was disabled or its password changed (issue 16): its cached tokens go at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(cn.eduapp.registry.identity.AccountAccessEnded e) {
        entries.values().removeIf(x -> x.user().accountId().equals(e.accountId()));
    }

    @Scheduled(fixedDelay = 60_000)
    void dropExpired() {
        long now = System.nanoTime();
        entries.values().removeIf(e -> now - e.until() >= 0);
    }
}
