package cn.eduapp.registry.provider;

import cn.eduapp.registry.identity.AccountSummary;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.provider.internal.persistence.ChangeRequestRepository;
import cn.eduapp.registry.provider.internal.persistence.ProviderRepository;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provider-level changes (issue 21): a provider asks to change its name, legal representative, address or contact,
 * or to close (注销); the city decides each like a revision. An approved name reaches the filings and the public
 * lists ({@link ProviderRenamed}); an approved closing disables the provider's accounts and cancels its filings
 * ({@link ProviderClosed}).
 */
@Service
public class ProviderChanges {

    public static final String CHANGE = "CHANGE";
    public static final String CLOSURE = "CLOSURE";

    private final ChangeRequestRepository requests;
    private final ProviderRepository providers;
    private final ProviderManagement management;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    ProviderChanges(ChangeRequestRepository requests, ProviderRepository providers, ProviderManagement management,
                    IdentityManagement identity, ApplicationEventPublisher events, Messages messages, Clock clock) {
        this.requests = requests;
        this.providers = providers;
        this.management = management;
        this.identity = identity;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The provider's own request to change its particulars; at least one, and one pending at a time. */
    @Transactional
    public ProviderChangeView requestChange(String providerId, CurrentUser user, ProviderChangeRequest c) {
        management.requireOwner(providerId, user);
        ProviderChangeRequest clean = new ProviderChangeRequest(trim(c.name()), trim(c.legalRepresentative()),
                trim(c.address()), c.contact() == null ? null : new ProviderRegistration.Contact(c.contact().name().trim(),
                c.contact().phone().trim(), trim(c.contact().email())), trim(c.reason()));
        if (clean.name() == null && clean.legalRepresentative() == null && clean.address() == null && clean.contact() == null) {
            throw ApiProblem.badField("name", "NOTHING_TO_CHANGE", messages.get("provider.change.nothing"));
        }
        return request(providerId, user, CHANGE, clean);
    }

    /** The provider's own request to close (注销); the city approves it before anything happens. */
    @Transactional
    public ProviderChangeView requestClosure(String providerId, CurrentUser user, @Nullable String reason) {
        management.requireOwner(providerId, user);
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.badField("reason", "REQUIRED", messages.get("provider.closure.reasonRequired"));
        }
        return request(providerId, user, CLOSURE, new ProviderChangeRequest(null, null, null, null, reason.trim()));
    }

    private ProviderChangeView request(String providerId, CurrentUser user, String kind, ProviderChangeRequest c) {
        if ("CLOSED".equals(requests.particulars(providerId).status())) {
            throw ApiProblem.conflict("provider.closure.closed");
        }
        if (requests.pendingExists(providerId, kind)) {
            throw ApiProblem.conflict(CLOSURE.equals(kind) ? "provider.closure.pending" : "provider.change.pending");
        }
        String id = UUID.randomUUID().toString();
        requests.insert(id, providerId, kind, c, user.username(), clock.instant());
        events.publishEvent(new ProviderChangeRequested(user.actor(), id, ProviderId.of(providerId), kind));
        return requests.find(providerId, id).orElseThrow();
    }

    /** The provider's requests (its own, or any agency). */
    public List<ProviderChangeView> ofProvider(String providerId, CurrentUser user) {
        management.requireVisible(providerId, user);
        return requests.ofProvider(providerId);
    }

    public ProviderChangeView find(String providerId, String requestId, CurrentUser user) {
        management.requireVisible(providerId, user);
        return requests.find(providerId, requestId).orElseThrow(ApiProblem::notFound);
    }

    public PageResult<ProviderChangeView> pending(PageQuery page) {
        return requests.pending(page);
    }

    public ChangeRequestRepository.Particulars particulars(String providerId) {
        return requests.particulars(providerId);
    }

    /** The city's decision; a rejection needs a comment; a request decided already is 409. */
    @Transactional
    public ProviderChangeView decide(String providerId, String requestId, boolean approve, @Nullable String comment,
                                     CurrentUser user) {
        ProviderChangeView r = find(providerId, requestId, user);
        String why = trim(comment);
        if (!approve && why == null) {
            throw ApiProblem.badField("comment", "REQUIRED", messages.get("provider.change.commentRequired"));
        }
        Instant now = clock.instant();
        if (!requests.decide(requestId, approve, user.username(), now, why)) {
            throw ApiProblem.conflict("provider.change.decided");
        }
        events.publishEvent(new ProviderChangeDecided(user.actor(), requestId, ProviderId.of(providerId), r.kind(), approve, why));
        if (approve && CHANGE.equals(r.kind())) {
            requests.apply(r);
            if (r.name() != null && !r.name().equals(r.providerName())) {
                identity.renameOrganisation(providerId, r.name());
                events.publishEvent(new ProviderRenamed(user.actor(), ProviderId.of(providerId), r.providerName(), r.name(),
                        r.creditCode(), now));
            }
        } else if (approve) {
            requests.close(providerId, now);
            for (AccountSummary a : identity.accountsOf(providerId)) {
                if (a.enabled()) {
                    identity.disableAccount(a.id());
                }
            }
            events.publishEvent(new ProviderClosed(user.actor(), ProviderId.of(providerId), r.providerName(), r.creditCode(), now));
        }
        return requests.find(providerId, requestId).orElseThrow();
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
