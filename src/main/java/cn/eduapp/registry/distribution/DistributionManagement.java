package cn.eduapp.registry.distribution;

import cn.eduapp.registry.distribution.internal.AppStoreTokenCache;
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
import cn.eduapp.registry.system.ApiProblem;
import cn.eduapp.registry.system.PageQuery;
import cn.eduapp.registry.system.PageResult;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** App stores: verification, reported releases and the CAC's alerts, and the app-store accounts. */
@Service
public class DistributionManagement {

    private final PublicationManagement publication;
    private final IdentityManagement identity;
    private final AppStoreTokenCache tokenCache;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DistributionManagement(PublicationManagement publication, IdentityManagement identity,
                           AppStoreTokenCache tokenCache, JdbcClient jdbc, ApplicationEventPublisher events,
                           TransactionTemplate tx, Clock clock) {
        this.publication = publication;
        this.identity = identity;
        this.tokenCache = tokenCache;
        this.jdbc = jdbc;
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
        UUID releaseId = UUID.randomUUID();
        boolean alert = v.status() != VerificationStatus.REGISTERED;
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into dist_release (id, organisation_id, app_store_name, reported_by, platform, identifier, version,
                                              released_at, reported_at, status, filing_number)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(releaseId, store.organisationId(), store.organisationName(), store.username(), platform.name(),
                            identifier, version, Timestamp.from(releasedAt), Timestamp.from(now), v.status().name(),
                            v.filingNumber())
                    .update();
            if (alert) {
                UUID alertId = UUID.randomUUID();
                jdbc.sql("""
                        insert into dist_alert (id, release_id, app_store_name, platform, identifier, version, released_at,
                                                status, filing_number, app_name, raised_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(alertId, releaseId, store.organisationName(), platform.name(), identifier, version,
                                Timestamp.from(releasedAt), v.status().name(), v.filingNumber(), v.appName(),
                                Timestamp.from(now))
                        .update();
                events.publishEvent(new UnregisteredReleaseReported(store.actor(), alertId.toString(),
                        store.organisationName(), platform.name(), identifier, version, v.status().name(),
                        v.filingNumber(), now));
            }
        });
        return new ReleaseResult(v.status(), alert);
    }

    public PageResult<Alert> alerts(PageQuery page) {
        long total = jdbc.sql("select count(*) from dist_alert").query(Long.class).single();
        List<Alert> items = jdbc.sql("""
                        select id, raised_at, app_store_name, platform, identifier, version, released_at, status,
                               filing_number, app_name
                          from dist_alert order by raised_at desc, id limit ? offset ?""")
                .params(page.size(), page.offset())
                .query((rs, i) -> new Alert(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getString(8), rs.getString(9), rs.getString(10)))
                .list();
        return PageResult.of(items, page, total);
    }

    public PageResult<AppStore> appStores(PageQuery page) {
        List<AppStore> all = identity.organisationsOfKind(OrganisationKind.APP_STORE).stream().map(this::appStore).toList();
        int from = (int) Math.min(all.size(), page.offset());
        int to = (int) Math.min(all.size(), page.offset() + page.size());
        return PageResult.of(all.subList(from, to), page, all.size());
    }

    /** Creates a DISTRIBUTION_PLATFORM organisation and its account with a generated password. */
    public AppStoreCredentials createAppStore(CurrentUser cac, String name, @Nullable String username) {
        String user = username == null || username.isBlank() ? "appstore-" + randomText(LOWER + DIGITS, 8) : username.strip();
        if (identity.usernameTaken(user)) {
            throw ApiProblem.conflict("identity.usernameTaken", user);
        }
        String password = generatePassword(user);
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

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%+-=?@_";

    /** 20 random characters with all four classes: passes the policy (DOMAIN.md) with a wide margin. */
    private String generatePassword(String username) {
        while (true) {
            List<Character> chars = new ArrayList<>();
            for (String cls : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
                chars.add(cls.charAt(random.nextInt(cls.length())));
            }
            String all = UPPER + LOWER + DIGITS + SYMBOLS;
            while (chars.size() < 20) {
                chars.add(all.charAt(random.nextInt(all.length())));
            }
            Collections.shuffle(chars, random);
            StringBuilder sb = new StringBuilder();
            chars.forEach(sb::append);
            String password = sb.toString();
            if (identity.passwordProblems("password", username, password).isEmpty()) {
                return password;
            }
        }
    }

    private String randomText(String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
