package cn.eduapp.registry.provider;

import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.document.UploadRules;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.provider.internal.persistence.ProviderDocumentRepository;
import cn.eduapp.registry.provider.internal.persistence.ProviderDocumentRepository.Info;
import cn.eduapp.registry.provider.internal.persistence.ProviderDocumentRepository.State;
import cn.eduapp.registry.provider.internal.persistence.ProviderDocumentRepository.Stored;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the provider really is (issue 21): it uploads its registration certificate and a signed authorisation
 * letter; with both, its verification is PENDING until a city reviewer checks them against the credit code.
 * Only a VERIFIED provider submits filings.
 */
@Service
public class ProviderVerification {

    /** Refusals of a document upload: DOCUMENT_* codes and provider.document.* texts. */
    public static final UploadRules DOCUMENTS = new UploadRules("file", "DOCUMENT", "provider.document");

    /** The states from which a complete set of documents asks for the city's check. */
    private static final List<String> AWAITING_DOCUMENTS = List.of(Verification.UNVERIFIED.name(), Verification.REJECTED.name());

    private final ProviderDocumentRepository documents;
    private final ProviderManagement providers;
    private final UploadPolicy uploads;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    ProviderVerification(ProviderDocumentRepository documents, ProviderManagement providers, UploadPolicy uploads,
                         ApplicationEventPublisher events, Messages messages, Clock clock) {
        this.documents = documents;
        this.providers = providers;
        this.uploads = uploads;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** A provider's verification state and its latest documents (the provider itself or an agency). */
    public record Status(String providerId, String name, String creditCode, Verification verification,
                         @Nullable String comment, @Nullable Instant verifiedAt, List<Document> documents) {
    }

    /** A stored document as listed; {@code url} downloads it. */
    public record Document(String id, String kind, String fileName, String contentType, long size, String sha256,
                           Instant uploadedAt, String url) {
    }

    /** A document's bytes with the type they showed when stored. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** Reads one uploaded part: refused at once (413) when over the limit, before its bytes are read. */
    public UploadedFile read(org.springframework.web.multipart.MultipartFile part) {
        return uploads.readOne(part, DOCUMENTS);
    }

    /** The provider itself uploads; the latest of each kind counts. Both kinds present: UNVERIFIED/REJECTED → PENDING. */
    @Transactional
    public Document upload(String providerId, ProviderDocumentKind kind, UploadedFile file, CurrentUser user) {
        providers.requireOwner(providerId, user);
        return store(providerId, kind, file, user.actor());
    }

    /**
     * The registration page's uploads, right after {@link ProviderManagement#register}: the provider it just created
     * (never an id a client named), on behalf of the account registered with it.
     */
    @Transactional
    public Document uploadAtRegistration(ProviderProfile registered, String username, ProviderDocumentKind kind,
                                         UploadedFile file) {
        return store(registered.id(), kind, file, new Actor(username, registered.id()));
    }

    private Document store(String providerId, ProviderDocumentKind kind, UploadedFile file, Actor actor) {
        String type = uploads.checkDocument(file, DOCUMENTS);
        Verification now = verification(providerId);
        if (now == Verification.VERIFIED || now == Verification.PENDING) {
            throw ApiProblem.conflict("provider.document.notNeeded");
        }
        Instant at = clock.instant();
        String id = documents.add(providerId, kind.name(), file, type, at, actor.username());
        events.publishEvent(new ProviderDocumentUploaded(actor, ProviderId.of(providerId), id, kind, file.sha256()));
        if (documents.undecidedKinds(providerId).size() == ProviderDocumentKind.values().length) {
            documents.setState(providerId, AWAITING_DOCUMENTS, Verification.PENDING.name(), null, null, null);
        }
        return documents.latest(providerId).stream().filter(d -> d.id().equals(id)).findFirst().map(d -> view(providerId, d))
                .orElseThrow();
    }

    /** The kinds uploaded since the city's last decision (on the provider's page: what is still missing). */
    public List<String> undecidedKinds(String providerId) {
        return documents.undecidedKinds(providerId);
    }

    public Status status(String providerId, CurrentUser viewer) {
        providers.requireVisible(providerId, viewer);
        State s = state(providerId);
        return new Status(s.id(), s.name(), s.creditCode().trim(), Verification.valueOf(s.verification()),
                s.verificationComment(), s.verifiedAt(),
                documents.latest(providerId).stream().map(d -> view(providerId, d)).toList());
    }

    /** The provider itself and city reviewers download; anyone else gets 404, and every attempt is audited. */
    public Download document(String providerId, String documentId, CurrentUser user) {
        boolean own = user.has(Role.PROVIDER) && providerId.equals(user.organisationId());
        boolean allowed = own || user.has(Role.CITY_REVIEWER);
        Stored d = allowed ? documents.find(providerId, documentId).orElse(null) : null;
        if (d == null) {
            events.publishEvent(new ProviderDocumentRefused(user.actor(), clip(providerId), clip(documentId)));
            throw ApiProblem.notFound();
        }
        events.publishEvent(new ProviderDocumentDownloaded(user.actor(), ProviderId.of(providerId), documentId));
        return new Download(d.fileName(), d.contentType(), d.content());
    }

    /** The city's decision on a PENDING provider; a refusal needs a comment, which the provider then reads. */
    @Transactional
    public Status decide(String providerId, boolean verified, @Nullable String comment, CurrentUser user) {
        providers.requireVisible(providerId, user);
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (!verified && text == null) {
            throw ApiProblem.badField("comment", "REQUIRED", messages.get("provider.verification.commentRequired"));
        }
        Instant at = clock.instant();
        Verification to = verified ? Verification.VERIFIED : Verification.REJECTED;
        if (!documents.setState(providerId, List.of(Verification.PENDING.name()), to.name(), text, at, user.username())) {
            throw ApiProblem.conflict("provider.verification.notPending");
        }
        documents.markDecided(providerId);
        events.publishEvent(verified ? new ProviderVerified(user.actor(), ProviderId.of(providerId), text)
                : new ProviderVerificationRejected(user.actor(), ProviderId.of(providerId), text));
        return status(providerId, user);
    }

    /** Marks a provider verified without documents: for the demo's sample providers only (issue 21). */
    @Transactional
    public void verifyTrusted(String providerId, Actor actor, String comment) {
        documents.setState(providerId, List.of(), Verification.VERIFIED.name(), comment, clock.instant(), actor.username());
        events.publishEvent(new ProviderVerified(actor, ProviderId.of(providerId), comment));
    }

    public Verification verification(String providerId) {
        return Verification.valueOf(state(providerId).verification());
    }

    public boolean isVerified(String providerId) {
        return documents.state(providerId).map(s -> Verification.VERIFIED.name().equals(s.verification())).orElse(false);
    }

    /** 422 PROVIDER_NOT_VERIFIED unless the city has verified the provider (checked when a filing is submitted). */
    public void requireVerified(String providerId) {
        if (!isVerified(providerId)) {
            throw ApiProblem.rule("PROVIDER_NOT_VERIFIED", messages.get("provider.verification.required"));
        }
    }

    /** The providers waiting for the city's check (单位核验); {@code q} searches the name and the credit code. */
    public PageResult<Status> pending(@Nullable String q, PageQuery page) {
        List<Status> items = documents.pending(q, page.offset(), page.size()).stream()
                .map(s -> new Status(s.id(), s.name(), s.creditCode().trim(), Verification.PENDING, null, null,
                        documents.latest(s.id()).stream().map(d -> view(s.id(), d)).toList()))
                .toList();
        return PageResult.of(items, page, documents.countPending(q));
    }

    private State state(String providerId) {
        return documents.state(providerId).orElseThrow(ApiProblem::notFound);
    }

    private static Document view(String providerId, Info d) {
        return new Document(d.id(), d.kind(), d.fileName(), d.contentType(), d.size(), d.sha256(), d.uploadedAt(),
                "/api/v1/providers/" + providerId + "/documents/" + d.id());
    }

    private static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

}
