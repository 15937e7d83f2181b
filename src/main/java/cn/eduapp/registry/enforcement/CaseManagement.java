package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.enforcement.internal.CaseOpener;
import cn.eduapp.registry.enforcement.internal.DecisionTexts;
import cn.eduapp.registry.enforcement.internal.Documents;
import cn.eduapp.registry.enforcement.internal.Revocations;
import cn.eduapp.registry.enforcement.internal.Steps;
import cn.eduapp.registry.enforcement.internal.domain.EnforcementCase;
import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.document.UploadRules;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.enforcement.internal.persistence.AttachmentRepository;
import cn.eduapp.registry.enforcement.internal.persistence.BlacklistRepository;
import cn.eduapp.registry.enforcement.internal.persistence.CaseRepository;
import cn.eduapp.registry.enforcement.internal.persistence.OrderRepository;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforcement cases (五): 事先告知 served when a case opens, the provider's 陈述申辩 within its period, one decision by
 * a city reviewer with its 处理决定书 (REVOKE, NO_ACTION, EXTEND), review results, and ending listings early.
 */
@Service
public class CaseManagement {

    /** Statement attachments are refused with ATTACHMENT_* codes and enforcement.attachment.* texts. */
    public static final UploadRules ATTACHMENTS = new UploadRules("attachments", "ATTACHMENT", "enforcement.attachment");

    private final CaseRepository cases;
    private final OrderRepository orders;
    private final BlacklistRepository blacklist;
    private final Documents documents;
    private final DecisionTexts texts;
    private final Revocations revocations;
    private final FilingManagement filings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Steps steps;
    private final Clock clock;
    private final AttachmentRepository attachments;
    private final UploadPolicy uploads;

    CaseManagement(CaseRepository cases, OrderRepository orders, BlacklistRepository blacklist, Documents documents,
                   DecisionTexts texts, Revocations revocations, FilingManagement filings, ApplicationEventPublisher events,
                   TransactionTemplate tx, Messages messages, Steps steps, Clock clock, AttachmentRepository attachments,
                   UploadPolicy uploads) {
        this.attachments = attachments;
        this.uploads = uploads;
        this.cases = cases;
        this.orders = orders;
        this.blacklist = blacklist;
        this.documents = documents;
        this.texts = texts;
        this.revocations = revocations;
        this.filings = filings;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.steps = steps;
        this.clock = clock;
    }

    private EnforcementCase visible(String id, CurrentUser user) {
        EnforcementCase c = cases.find(id).orElseThrow(ApiProblem::notFound);
        if (!maySee(c, user)) {
            throw ApiProblem.notFound();
        }
        return c;
    }

    private static boolean maySee(EnforcementCase c, CurrentUser user) {
        return user.isAgency() || user.has(Role.PROVIDER) && c.providerId.equals(user.organisationId());
    }

    public EnforcementCaseView view(String id, CurrentUser user) {
        return view(visible(id, user));
    }

    public PageResult<EnforcementCaseView> list(CurrentUser user, @Nullable CaseStatus status, PageQuery page) {
        String providerId = user.isAgency() ? null : user.organisationId();
        return cases.list(providerId, status, page).map(this::view);
    }

    /** The provider's 陈述申辩: once, within the period (409 after it). */
    public EnforcementCaseView statement(String id, CurrentUser user, String text) {
        return statement(id, user, text, List.of());
    }

    /** The 陈述申辩 with its attachments (at most 3 JPEG, PNG or PDF files by content, no polyglot; kept with SHA-256). */
    public EnforcementCaseView statement(String id, CurrentUser user, String text, List<UploadedFile> files) {
        EnforcementCase c = visible(id, user);
        if (!user.has(Role.PROVIDER) || !c.providerId.equals(user.organisationId())) {
            throw ApiProblem.forbidden();
        }
        Instant now = clock.instant();
        steps.run(() -> c.statement(text.trim(), now));
        uploads.check(files, ATTACHMENTS);
        tx.executeWithoutResult(s -> {
            cases.save(c);
            attachments.add(c.id, files, now);
            events.publishEvent(new StatementSubmitted(user.actor(), c.id, c.orderId, ProviderId.of(c.providerId), now));
        });
        return view(c.id, user);
    }

    /**
     * A statement attachment for whoever may see the case (its provider, the agencies): every download is audited,
     * and so is every refusal, which answers 404 as if there were no such file.
     */
    public AttachmentDownload attachment(String id, String attachmentId, CurrentUser user) {
        Instant now = clock.instant();
        Optional<AttachmentRepository.Stored> file = cases.find(id).filter(c -> maySee(c, user))
                .flatMap(c -> attachments.find(c.id, attachmentId));
        if (file.isEmpty()) {
            events.publishEvent(new StatementAttachmentRefused(user.actor(), clip(id), clip(attachmentId), now));
            throw ApiProblem.notFound();
        }
        events.publishEvent(new StatementAttachmentDownloaded(user.actor(), id, attachmentId, now));
        return new AttachmentDownload(file.get().fileName(), file.get().contentType(), file.get().content());
    }

    private static String clip(String id) {
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    /** A city reviewer's decision, with its 处理决定书; REVOKE before the provider was heard is 409. */
    public EnforcementCaseView decide(String id, CurrentUser user, CaseOutcome outcome, String reasons,
                                      @Nullable Instant newDeadline) {
        EnforcementCase c = visible(id, user);
        if (outcome == CaseOutcome.EXTEND) {
            if (newDeadline == null) {
                throw ApiProblem.badField("newDeadline", "REQUIRED", messages.get("enforcement.case.newDeadlineRequired"));
            }
            steps.requireFuture(newDeadline, "newDeadline");
        }
        Instant now = clock.instant();
        RectificationOrder o = orders.find(c.orderId).orElseThrow(ApiProblem::notFound);
        steps.run(() -> {
            c.decide(outcome, reasons.trim(), newDeadline, user.username(), now);
            switch (outcome) {
                case REVOKE -> o.revoked(now);
                case NO_ACTION -> o.closedWithoutAction(now);
                case EXTEND -> o.extended(newDeadline);
            }
        });
        tx.executeWithoutResult(s -> {
            cases.save(c);
            orders.save(o);
            String number = documents.nextNumber(Documents.DECISION);
            LocalDate until = outcome == CaseOutcome.REVOKE ? revocations.revoke(c, number, user.actor()) : null;
            switch (outcome) {
                case NO_ACTION -> filings.acceptRectification(c.filingId, user.actor(), reasons.trim());
                case EXTEND, REVOKE -> { }
            }
            documents.issue(Documents.DECISION, number, c.orderId, c.id, c.providerId, texts.addressee(c),
                    texts.decision(c, Beijing.today(clock), until), user.actor(), true);
            orders.appendHistory(o.id, now, user.username(), "DECIDED_" + outcome.name(), null, o.status(),
                    number + " " + reasons.trim());
            events.publishEvent(new EnforcementDecided(user.actor(), c.id, c.orderId, FilingId.of(c.filingId), ProviderId.of(c.providerId),
                    c.filingNumber, outcome, number, reasons.trim(), c.newDeadline(), now));
        });
        return view(c.id, user);
    }

    /** A 行政复议 or court result; one that annuls a revocation restores the filing and ends the listing. */
    public EnforcementCaseView reviewResult(String id, CurrentUser user, String body, String reference, boolean annulled,
                                            @Nullable LocalDate decidedOn) {
        EnforcementCase c = visible(id, user);
        steps.run(c::requireRevoked);
        Instant now = clock.instant();
        LocalDate on = decidedOn == null ? Beijing.today(clock) : decidedOn;
        tx.executeWithoutResult(s -> {
            cases.recordReview(c.id, body, reference.trim(), on, annulled, now, user.username());
            if (annulled) {
                String why = messages.get("enforcement.review.annulled." + body, reference.trim());
                filings.annulRevocation(c.filingId, user.actor(), why);
                blacklist.runningOfCase(c.id).ifPresent(e -> revocations.endListing(e.id(), "ANNULLED", why, user.actor()));
            }
            events.publishEvent(new ReviewResultRecorded(user.actor(), c.id, FilingId.of(c.filingId), body, reference.trim(), annulled, now));
        });
        return view(c.id, user);
    }

    /** The city ends a listing before its period (信用修复), with its reason; 409 when it has already ended. */
    public void removeListing(String entryId, CurrentUser user, String reason) {
        blacklist.find(entryId).orElseThrow(ApiProblem::notFound);
        Boolean ended = tx.execute(s -> revocations.endListing(entryId, "REMOVED", reason.trim(), user.actor()));
        if (!Boolean.TRUE.equals(ended)) {
            throw ApiProblem.conflict("enforcement.blacklist.alreadyEnded");
        }
    }

    EnforcementCaseView view(EnforcementCase c) {
        EnforcementCaseView.Listing listing = blacklist.ofCase(c.id).map(e -> new EnforcementCaseView.Listing(e.id(),
                e.listedOn(), e.listedUntil(), e.endedAt(), e.endKind(), e.endReason())).orElse(null);
        return new EnforcementCaseView(c.id, c.orderId, c.filingId, c.filingNumber, c.appName, c.providerName,
                c.creditCode, c.ground, c.status(), c.facts, c.openedAt, c.statementDueAt, c.statement(), c.statementAt(),
                attachments.ofCase(c.id).stream().map(a -> new StatementAttachment(a.id(), a.fileName(), a.contentType(),
                        a.size(), a.sha256(), "/api/v1/enforcement-cases/" + c.id + "/attachments/" + a.id())).toList(),
                c.outcome(), c.reasons(), c.decidedAt(), c.newDeadline(), documents.ofCase(c.id), listing,
                cases.reviews(c.id).stream().map(r -> new EnforcementCaseView.Review(r.body(), r.reference(),
                        r.decidedOn(), r.annulled(), r.recordedAt())).toList());
    }
}
