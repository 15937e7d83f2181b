package cn.eduapp.registry.distribution;

import cn.eduapp.registry.distribution.internal.AppStoreTokenCache;
import cn.eduapp.registry.distribution.internal.domain.GeneratedPasswords;
import cn.eduapp.registry.distribution.internal.persistence.StoreReleases;
import cn.eduapp.registry.identity.AccountSummary;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.NewAccount;
import cn.eduapp.registry.identity.Organisation;
import cn.eduapp.registry.identity.OrganisationKind;
import cn.eduapp.registry.publication.PublicationManagement;
import cn.eduapp.registry.publication.Verification;
import cn.eduapp.registry.publication.VerificationStatus;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** App stores: verification, reported releases and the CAC's alerts, and the app-store accounts. */
@Service
public class DistributionManagement {

    private final PublicationManagement publication;
    private final IdentityManagement identity;
    private final AppStoreTokenCache tokenCache;
    private final StoreReleases releases;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final GeneratedPasswords passwords = new GeneratedPasswords();

    DistributionManagement(PublicationManagement publication, IdentityManagement identity,
                           AppStoreTokenCache tokenCache, StoreReleases releases, ApplicationEventPublisher events,
                           TransactionTemplate tx, Clock clock) {
        this.publication = publication;
        this.identity = identity;
        this.tokenCache = tokenCache;
        this.releases = releases;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public record ReleaseResult(VerificationStatus status, boolean alertRaised) {
    }

    public record Alert(String id, Instant raisedAt, String appStore, String platform, String identifier, String version,
                        Instant releasedAt, String status, @Nullable String filingNumber, @Nullable String appName) {
    }

    public record AppStore(String id, String name, boolean active, List<String> usernames) {
    }

    /** The credentials of a new app-store account; the password is shown this once and stored only hashed. */
    public record AppStoreCredentials(String id, String name, String username, String password) {
    }

    /** The verify answer as JSON bytes, as publication gives it (with {@code signatureMatches} when it knows the certificates). */
    public byte[] verify(PlatformType platform, String identifier, @Nullable String certSha256) {
        return publication.answer(platform, identifier, certSha256);
    }

    /** 四(三): an app store reports a version it lists; anything but REGISTERED raises an alert for the CAC. */
    public ReleaseResult reportRelease(CurrentUser store, PlatformType platform, String identifier, String version,
                                       Instant releasedAt) {
        Verification v = publication.verify(platform, identifier);
        Instant now = clock.instant();
        boolean alert = v.status() != VerificationStatus.REGISTERED;
        StoreReleases.Reported release = new StoreReleases.Reported(UUID.randomUUID(), store, platform.name(), identifier,
                version, releasedAt, now, v.status().name(), v.filingNumber(), v.appName());
        tx.executeWithoutResult(s -> {
            releases.insert(release);
            if (alert) {
                UUID alertId = UUID.randomUUID();
                releases.insertAlert(alertId, release);
                events.publishEvent(new UnregisteredReleaseReported(store.actor(), alertId.toString(),
                        store.organisationName(), platform.name(), identifier, version, v.status().name(),
                        v.filingNumber(), now));
            }
        });
        return new ReleaseResult(v.status(), alert);
    }

    public PageResult<Alert> alerts(PageQuery page) {
        return releases.alerts(page);
    }

    public PageResult<AppStore> appStores(PageQuery page) {
        List<AppStore> all = identity.organisationsOfKind(OrganisationKind.APP_STORE).stream().map(this::appStore).toList();
        int from = (int) Math.min(all.size(), page.offset());
        int to = (int) Math.min(all.size(), page.offset() + page.size());
        return PageResult.of(all.subList(from, to), page, all.size());
    }

    /** Creates a DISTRIBUTION_PLATFORM organisation and its account with a generated password. */
    public AppStoreCredentials createAppStore(CurrentUser cac, String name, @Nullable String username) {
        String user = username == null || username.isBlank() ? passwords.username() : username.strip();
        if (identity.usernameTaken(user)) {
            throw ApiProblem.conflict("identity.usernameTaken", user);
        }
        String password = passwords.password(p -> identity.passwordProblems("password", user, p).isEmpty());
        Organisation org = tx.execute(s -> {
            Organisation o = identity.createOrganisation(OrganisationKind.APP_STORE, name.strip(), null);
            identity.createAccount(new NewAccount(o.id(), user, password, Set.of(Role.DISTRIBUTION_PLATFORM)));
            events.publishEvent(new AppStoreCreated(cac.actor(), o.id(), o.name(), user));
            return o;
        });
        return new AppStoreCredentials(org.id(), org.name(), user, password);
    }

    /** Disables every account of the app store; their tokens stop working (this instance at once). */
    public AppStore revokeAppStore(CurrentUser cac, String organisationId) {
        Organisation org = appStoreOrganisation(organisationId);
        tx.executeWithoutResult(s -> {
            identity.accountsOf(org.id()).forEach(a -> identity.disableAccount(a.id()));
            events.publishEvent(new AppStoreRevoked(cac.actor(), org.id(), org.name()));
        });
        tokenCache.evictOrganisation(org.id());
        return appStore(org);
    }

    public Organisation appStoreOrganisation(String organisationId) {
        return identity.organisation(organisationId).filter(o -> o.kind() == OrganisationKind.APP_STORE)
                .orElseThrow(ApiProblem::notFound);
    }

    private AppStore appStore(Organisation org) {
        List<AccountSummary> accounts = identity.accountsOf(org.id());
        return new AppStore(org.id(), org.name(), accounts.stream().anyMatch(AccountSummary::enabled),
                accounts.stream().map(AccountSummary::username).toList());
    }
}
