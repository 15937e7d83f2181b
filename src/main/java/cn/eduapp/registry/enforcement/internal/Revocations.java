package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.AppBlacklisted;
import cn.eduapp.registry.enforcement.BlacklistingEnded;
import cn.eduapp.registry.enforcement.RevocationBulletinIssued;
import cn.eduapp.registry.enforcement.RevocationBulletinView;
import cn.eduapp.registry.enforcement.internal.domain.EnforcementCase;
import cn.eduapp.registry.enforcement.internal.persistence.BlacklistRepository;
import cn.eduapp.registry.enforcement.internal.persistence.BulletinRepository;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.Organisation;
import cn.eduapp.registry.notification.NotificationManagement;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a revocation does and undoes, in the caller's transaction: the filing REVOKED, the app (not the
 * provider) on the black list for six months, the provider barred from new filings as long, and a 撤销备案通报 to
 * the CAC and the CA; ending a listing (expiry, early removal, annulment) takes it off and lifts the bar.
 */
@Component
public class Revocations {

    /** Where revocation, listing and the six-month bar on new filings come from. */
    public static final String CLAUSE = "京教信〔2022〕5号 五；《教育移动互联网应用程序备案管理办法》";
    public static final int MONTHS = 6;

    private final FilingManagement filings;
    private final ProviderManagement providers;
    private final BlacklistRepository blacklist;
    private final BulletinRepository bulletins;
    private final IdentityManagement identity;
    private final NotificationManagement notifications;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    Revocations(FilingManagement filings, ProviderManagement providers, BlacklistRepository blacklist,
                BulletinRepository bulletins, IdentityManagement identity, NotificationManagement notifications,
                ApplicationEventPublisher events, Messages messages, Clock clock) {
        this.filings = filings;
        this.providers = providers;
        this.blacklist = blacklist;
        this.bulletins = bulletins;
        this.identity = identity;
        this.notifications = notifications;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** Returns the listing's last day. */
    public LocalDate revoke(EnforcementCase c, String decisionNumber, Actor actor) {
        Instant now = clock.instant();
        LocalDate today = Beijing.today(clock);
        LocalDate until = today.plusMonths(MONTHS);
        String why = messages.get("enforcement.revocation.reason", decisionNumber, c.facts);
        filings.revoke(c.filingId, actor, why);
        providers.ban(c.providerId, until, why, CLAUSE, actor);
        String reason = messages.get("enforcement.revocation.listReason." + c.ground.name());
        String entryId = UUID.randomUUID().toString();
        blacklist.insert(new BlacklistRepository.Entry(entryId, c.id, c.filingId, c.providerId, c.filingNumber, c.appName,
                c.providerName, c.creditCode, reason, CLAUSE, decisionNumber, today, until, now, null, null, null));
        events.publishEvent(new AppBlacklisted(actor, entryId, c.id, FilingId.of(c.filingId), ProviderId.of(c.providerId), c.filingNumber, c.appName,
                c.providerName, c.creditCode, reason, CLAUSE, decisionNumber, today, until));
        String number = c.filingNumber == null ? "" : c.filingNumber;
        RevocationBulletinView b = new RevocationBulletinView(UUID.randomUUID().toString(), c.id, c.filingId, number,
                c.appName, c.providerName, reason, decisionNumber, now, null, null);
        bulletins.insert(b, actor.username());
        List<String> agencies = Stream.of(Role.CAC_OFFICER, Role.CA_OFFICER).map(identity::organisationOfRole)
                .flatMap(Optional::stream).map(Organisation::id).toList();
        notifications.notify(agencies, "REVOCATION_BULLETIN",
                messages.get("enforcement.bulletin.message", c.appName, number, c.providerName, decisionNumber),
                number, "bulletin:" + b.id());
        events.publishEvent(new RevocationBulletinIssued(actor, b.id(), c.id, FilingId.of(c.filingId), number, decisionNumber, now));
        return until;
    }

    /** Ends a running listing once (EXPIRED, REMOVED or ANNULLED); the bar on new filings goes with the last one. */
    public boolean endListing(String entryId, String kind, @Nullable String reason, Actor actor) {
        Instant now = clock.instant();
        Optional<BlacklistRepository.Entry> ended = blacklist.end(entryId, kind, reason, actor.username(), now);
        ended.ifPresent(e -> {
            if (!"EXPIRED".equals(kind) && !blacklist.otherRunning(e.providerId(), e.id())) {
                providers.liftBan(e.providerId(), actor);
            }
            events.publishEvent(new BlacklistingEnded(actor, e.id(), FilingId.of(e.filingId()), ProviderId.of(e.providerId()), e.filingNumber(),
                    e.appName(), kind, reason, now));
        });
        return ended.isPresent();
    }

    public List<String> expiredListings() {
        return blacklist.expired(Beijing.today(clock));
    }
}
