package cn.eduapp.registry.provider;

import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.document.UploadRules;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.identity.AccountSummary;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.provider.internal.persistence.ChangeRequestRepository;
import cn.eduapp.registry.provider.internal.persistence.DisputeRepository;
import cn.eduapp.registry.provider.internal.persistence.DisputeRepository.Dispute;
import cn.eduapp.registry.provider.internal.persistence.DisputeRepository.NewDispute;
import cn.eduapp.registry.provider.internal.persistence.ProviderRepository;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CreditCode;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.web.ProblemError;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Disputes over who a provider is (issue 21, point 3): an organisation without an account here, whose credit code
 * another party registered, files a dispute with its registration certificate and authorisation letter and follows
 * it by a tracking number; the city decides. Upheld, the provider record passes to the disputant: the holder's
 * accounts are disabled (their sessions and tokens end), the record takes the disputant's name and contact and
 * becomes UNCLAIMED, and a claim code is issued, shown once to the reviewer, delivered out of band, with which the
 * disputant gets its first account ({@link ProviderClaims#claim}). Read by city reviewers only.
 */
@Service
public class ProviderDisputes {

    public static final String PENDING = "PENDING";
    public static final String UPHELD = "UPHELD";
    public static final String REJECTED = "REJECTED";
    static final UploadRules CERTIFICATE = new UploadRules("registrationCertificate", "DOCUMENT", "provider.document");
    static final UploadRules LETTER = new UploadRules("authorisationLetter", "DOCUMENT", "provider.document");
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final DisputeRepository disputes;
    private final ProviderRepository providers;
    private final ChangeRequestRepository changes;
    private final ProviderClaims claims;
    private final IdentityManagement identity;
    private final UploadPolicy uploads;
    private final FormErrors formErrors;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ProviderDisputes(DisputeRepository disputes, ProviderRepository providers, ChangeRequestRepository changes,
                     ProviderClaims claims, IdentityManagement identity, UploadPolicy uploads, FormErrors formErrors,
                     ApplicationEventPublisher events, Messages messages, Clock clock) {
        this.disputes = disputes;
        this.providers = providers;
        this.changes = changes;
        this.claims = claims;
        this.identity = identity;
        this.uploads = uploads;
        this.formErrors = formErrors;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the filer learns: the number to follow the dispute by. */
    public record Filed(String trackingNumber, String status) {
    }

    /** The public lookup: the state and, once decided, the city's reasons; nothing about the holder. */
    public record Tracking(String trackingNumber, String status, String statusText, Instant filedAt,
                           @Nullable Instant decidedAt, @Nullable String comment) {
    }

    /** A dispute in the city's queue. */
    public record Summary(String id, String trackingNumber, String creditCode, String organisationName,
                          String holderName, String status, Instant filedAt, @Nullable Instant decidedAt) {
    }

    /** A disputant's document as listed; {@code url} downloads it. */
    public record Document(String id, String kind, String fileName, String contentType, long size, String sha256,
                           Instant uploadedAt, String url) {
    }

    /** A dispute for the city, beside the current holder's profile and accounts. */
    public record Detail(String id, String trackingNumber, String providerId, String creditCode, String organisationName,
                         String contactName, String contactPhone, String contactEmail, String statement, String status,
                         Instant filedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
                         @Nullable String comment, @Nullable String previousName, List<Document> documents,
                         ProviderProfile holder, String holderVerification, List<String> holderAccounts) {
    }

    /** The decision; {@code claimCode} (upheld only) is shown this once. */
    public record Decision(Detail dispute, @Nullable IssuedClaimCode claimCode) {
    }

    /** A document's bytes with the type they showed when stored. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** Reads the two parts: a missing one is 400, one over the limit 413 before its bytes are read. */
    public UploadedFile[] read(@Nullable MultipartFile certificate, @Nullable MultipartFile letter) {
        return new UploadedFile[] {readOne(certificate, CERTIFICATE), readOne(letter, LETTER)};
    }

    private UploadedFile readOne(@Nullable MultipartFile part, UploadRules rules) {
        if (part == null || part.isEmpty()) {
            throw ApiProblem.badField(rules.field(), "REQUIRED", messages.get("provider.dispute.file." + rules.field()));
        }
        return uploads.readOne(part, rules);
    }

    /** Files a dispute (public): the credit code must be here (else 422: register instead); both documents checked. */
    @Transactional
    public Filed file(ProviderDispute d, UploadedFile certificate, UploadedFile letter, String client) {
        List<ProblemError> invalid = formErrors.violations(d);
        if (!invalid.isEmpty()) {
            throw ApiProblem.badRequest(invalid);
        }
        String code = d.creditCode().trim().toUpperCase(Locale.ROOT);
        CreditCode.problem(code).ifPresent(p -> {
            throw ApiProblem.badField("creditCode", "CREDIT_CODE_" + p.name(), messages.get("creditCode." + p.name()));
        });
        String providerId = providers.idByCreditCode(code).orElseThrow(() -> ApiProblem.unprocessable("problem.rule",
                List.of(new ProblemError("creditCode", "PROVIDER_UNKNOWN", messages.get("provider.dispute.unknown")))));
        String certificateType = uploads.checkDocument(certificate, CERTIFICATE);
        String letterType = uploads.checkDocument(letter, LETTER);
        Instant now = clock.instant();
        String tracking = trackingNumber();
        String id = disputes.insert(new NewDispute(providerId, code, d.organisationName().trim(), d.contactName().trim(),
                d.contactPhone().trim(), d.contactEmail().trim(), d.statement().trim()), tracking, now);
        disputes.addDocument(id, ProviderDocumentKind.REGISTRATION_CERTIFICATE.name(), certificate, certificateType, now);
        disputes.addDocument(id, ProviderDocumentKind.AUTHORISATION_LETTER.name(), letter, letterType, now);
        events.publishEvent(new ProviderDisputeFiled(Actor.anonymous(client), id, ProviderId.of(providerId), code, tracking));
        return new Filed(tracking, PENDING);
    }

    /** The public lookup by tracking number; an unknown number is 404. */
    public Tracking track(String trackingNumber) {
        Dispute d = disputes.byTrackingNumber(trackingNumber.trim().toUpperCase(Locale.ROOT)).orElseThrow(ApiProblem::notFound);
        return new Tracking(d.trackingNumber(), d.status(), messages.get("provider.dispute.status." + d.status()),
                d.filedAt(), d.decidedAt(), d.decisionComment());
    }

    /** The city's queue: pending first; {@code q} finds a credit code or a name. */
    public PageResult<Summary> page(@Nullable String q, PageQuery page) {
        List<Summary> items = disputes.page(q, page.offset(), page.size()).stream()
                .map(d -> new Summary(d.id(), d.trackingNumber(), d.creditCode(), d.organisationName(), d.holderName(),
                        d.status(), d.filedAt(), d.decidedAt()))
                .toList();
        return PageResult.of(items, page, disputes.count(q));
    }

    public long pendingCount() {
        return disputes.countPending();
    }

    public Detail detail(String id) {
        Dispute d = disputes.find(id).orElseThrow(ApiProblem::notFound);
        ProviderProfile holder = providers.profile(d.providerId(), cn.eduapp.registry.shared.Beijing.today(clock)).orElseThrow();
        List<Document> documents = disputes.documents(id).stream()
                .map(x -> new Document(x.id(), x.kind(), x.fileName(), x.contentType(), x.size(), x.sha256(),
                        x.uploadedAt(), "/api/v1/provider-disputes/" + id + "/documents/" + x.id()))
                .toList();
        List<String> accounts = identity.accountsOf(d.providerId()).stream().filter(AccountSummary::enabled)
                .map(AccountSummary::username).sorted().toList();
        return new Detail(d.id(), d.trackingNumber(), d.providerId(), d.creditCode(), d.organisationName(),
                d.contactName(), d.contactPhone(), d.contactEmail(), d.statement(), d.status(), d.filedAt(),
                d.decidedBy(), d.decidedAt(), d.decisionComment(), d.previousName(), documents, holder,
                claims.verification(d.providerId()), accounts);
    }

    /** City reviewers only (the controller's roles); an unknown dispute or document is 404, audited either way. */
    public Download document(String disputeId, String documentId, CurrentUser user) {
        var found = disputes.document(disputeId, documentId);
        var dispute = found.isPresent() ? disputes.find(disputeId) : java.util.Optional.<Dispute>empty();
        if (found.isEmpty() || dispute.isEmpty()) {
            events.publishEvent(new ProviderDisputeDocumentRefused(user.actor(), clip(disputeId), clip(documentId)));
            throw ApiProblem.notFound();
        }
        events.publishEvent(new ProviderDisputeDocumentDownloaded(user.actor(), disputeId, documentId,
                ProviderId.of(dispute.get().providerId())));
        return new Download(found.get().fileName(), found.get().contentType(), found.get().content());
    }

    /** The city's decision; a comment is required; a decided dispute is 409. See the class comment for upholding. */
    @Transactional
    public Decision decide(String id, boolean uphold, @Nullable String comment, CurrentUser user) {
        Dispute d = disputes.find(id).orElseThrow(ApiProblem::notFound);
        if (comment == null || comment.isBlank()) {
            throw ApiProblem.badField("comment", "REQUIRED", messages.get("provider.dispute.commentRequired"));
        }
        String why = comment.trim();
        Instant now = clock.instant();
        if (!disputes.decide(id, uphold ? UPHELD : REJECTED, why, user.username(), now, uphold ? d.holderName() : null)) {
            throw ApiProblem.conflict("provider.dispute.decided");
        }
        if (!uphold) {
            events.publishEvent(new ProviderDisputeDecided(user.actor(), id, ProviderId.of(d.providerId()), d.creditCode(), false, why, 0));
            return new Decision(detail(id), null);
        }
        int disabled = 0;
        for (AccountSummary a : identity.accountsOf(d.providerId())) {
            if (a.enabled()) {
                identity.disableAccount(a.id(), a.username(), user);
                disabled++;
            }
        }
        String closing = messages.get("provider.dispute.changeVoided");
        for (ProviderChangeView r : changes.ofProvider(d.providerId())) {
            if (PENDING.equals(r.status()) && changes.decide(r.id(), false, user.username(), now, closing)) {
                events.publishEvent(new ProviderChangeDecided(user.actor(), r.id(), ProviderId.of(d.providerId()), r.kind(), false, closing));
            }
        }
        disputes.moveProvider(d, now, user.username(), messages.get("provider.dispute.moved"));
        if (!d.organisationName().equals(d.holderName())) {
            identity.renameOrganisation(d.providerId(), d.organisationName());
            events.publishEvent(new ProviderRenamed(user.actor(), ProviderId.of(d.providerId()), d.holderName(), d.organisationName(),
                    d.creditCode(), now));
        }
        events.publishEvent(new ProviderDisputeDecided(user.actor(), id, ProviderId.of(d.providerId()), d.creditCode(), true, why, disabled));
        IssuedClaimCode code = claims.issueClaimCode(d.providerId(), user);
        return new Decision(detail(id), code);
    }

    private String trackingNumber() {
        // a digit after the prefix: the number never reads as a word of capitals
        StringBuilder s = new StringBuilder("ZY").append(ALPHABET[random.nextInt(8)]);
        for (int i = 0; i < 13; i++) {
            s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    private static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
