package cn.eduapp.registry.complaint;

import cn.eduapp.registry.complaint.internal.Codes;
import cn.eduapp.registry.complaint.internal.domain.Complaint;
import cn.eduapp.registry.complaint.internal.persistence.ComplaintRepository;
import cn.eduapp.registry.complaint.internal.DueDates;
import cn.eduapp.registry.complaint.internal.IntakeFacts;
import cn.eduapp.registry.document.FileTypes;
import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.document.UploadRules;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.Organisation;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.complaint.internal.persistence.ComplaintTransfers;
import cn.eduapp.registry.national.NationalApp;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.security.PersonalDataCipher;
import cn.eduapp.registry.system.web.ProblemError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints: the public intake, routing by category, the agencies' handling, the complainant's view,
 * figures. Contact details are decrypted only here, only for the staff of the agency holding the
 * complaint, and every such view is recorded and announced ({@link ComplainantContactViewed}).
 */
@Service
public class ComplaintManagement {

    /** After this many wrong access codes for one tracking number within {@link #WRONG_CODE_WINDOW}: 429. */
    static final int WRONG_CODE_LIMIT = 5;
    static final Duration WRONG_CODE_WINDOW = Duration.ofMinutes(15);
    /** Evidence refusals name the field {@code evidence}, with EVIDENCE_* codes and complaint.evidence.* texts. */
    public static final UploadRules EVIDENCE = new UploadRules("evidence", "EVIDENCE", "complaint.evidence");
    private static final java.util.regex.Pattern TRACKING_NUMBER = java.util.regex.Pattern.compile("^TS\\d{8}-[0-9A-Z]{6}$");

    private final ComplaintRepository complaints;
    private final DueDates dueDates;
    private final UploadPolicy evidencePolicy;
    private final PersonalDataCipher cipher;
    private final IdentityManagement identity;
    private final IntakeFacts intake;
    private final ComplaintTransfers transfers;
    private final FormErrors formErrors;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    ComplaintManagement(ComplaintRepository complaints, DueDates dueDates, UploadPolicy evidencePolicy,
                        PersonalDataCipher cipher, IdentityManagement identity, IntakeFacts intake,
                        ComplaintTransfers transfers, FormErrors formErrors, ApplicationEventPublisher events, TransactionTemplate tx,
                        Messages messages, Clock clock) {
        this.complaints = complaints;
        this.dueDates = dueDates;
        this.evidencePolicy = evidencePolicy;
        this.cipher = cipher;
        this.identity = identity;
        this.intake = intake;
        this.transfers = transfers;
        this.formErrors = formErrors;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    // --- the public side ---

    /** Validates (400 naming the field), checks the evidence, routes, stores and announces a complaint. */
    public ComplaintReceipt receive(ComplaintSubmission submission, List<UploadedFile> evidence, Actor actor) {
        List<ProblemError> problems = formErrors.violations(submission);
        if (!problems.isEmpty()) {
            throw ApiProblem.badRequest(problems);
        }
        evidencePolicy.check(evidence, EVIDENCE);
        ComplaintCategory category = submission.category();
        String appName = submission.appName().trim();
        String identifier = blankToNull(submission.identifier());
        Optional<NationalApp> elsewhere = intake.filedElsewhere(appName, identifier); // 转办 (issue 22)
        String filingNumber = elsewhere.map(NationalApp::filingNumber).orElseGet(() -> intake.filedAs(appName, identifier));
        ComplaintSubmission.Contact contact = submission.contact();
        boolean hasContact = contact != null && !contact.isEmpty();
        Instant now = clock.instant();
        String accessCode = Codes.accessCode();
        String trackingNumber = intake.freshTrackingNumber(now);
        String organisationId = identity.organisationOfRole(category.agency().role()).map(Organisation::id).orElse(null);
        Complaint c = Complaint.received(UUID.randomUUID().toString(), trackingNumber, Codes.hash(accessCode), category,
                appName, identifier, filingNumber, submission.description().trim(),
                hasContact ? cipher.encrypt(blankToNull(contact.name())) : null,
                hasContact ? cipher.encrypt(blankToNull(contact.phone())) : null,
                hasContact ? cipher.encrypt(blankToNull(contact.email())) : null,
                organisationId, now, dueDates.dueAt(now));
        tx.executeWithoutResult(s -> {
            complaints.insert(c);
            complaints.addHistory(c.id(), now, actor.username(), "RECEIVED", null, c.agency(), null);
            elsewhere.ifPresent(app -> {
                transfers.record(c.id(), app.province(), now);
                complaints.addHistory(c.id(), now, actor.username(), "TRANSFERRED", null, c.agency(),
                        messages.get("complaint.transferred", app.province()));
            });
            for (int i = 0; i < evidence.size(); i++) {
                UploadedFile f = evidence.get(i);
                complaints.addEvidence(c.id(), i + 1, f.storedName(), FileTypes.detect(f.content()).orElseThrow(),
                        f.content(), f.sha256(), now);
            }
            events.publishEvent(new ComplaintReceived(actor, c.id(), trackingNumber, category, c.agency(),
                    c.unfiledApp(), c.dueAt(), now));
        });
        return new ComplaintReceipt(trackingNumber, accessCode, c.agency(), c.dueAt());
    }

    /**
     * The complainant's view. An unknown number and a wrong code get the same 404; after
     * {@value #WRONG_CODE_LIMIT} wrong codes for one number within 15 minutes every lookup of that number
     * answers 429 until the oldest of them is 15 minutes old.
     */
    public PublicComplaintView track(String trackingNumber, @Nullable String accessCode) {
        String number = trackingNumber.trim().toUpperCase(java.util.Locale.ROOT);
        if (!TRACKING_NUMBER.matcher(number).matches()) {
            throw ApiProblem.notFound(); // cannot exist: nothing to guess, nothing to record
        }
        Instant now = clock.instant();
        List<Instant> failures = complaints.failuresSince(number, now.minus(WRONG_CODE_WINDOW));
        if (failures.size() >= WRONG_CODE_LIMIT) {
            Instant free = failures.get(failures.size() - WRONG_CODE_LIMIT).plus(WRONG_CODE_WINDOW);
            throw new TooManyAttempts(Math.max(1, Duration.between(now, free).toSeconds() + 1));
        }
        Optional<Complaint> found = complaints.findByTrackingNumber(number)
                .filter(c -> accessCode != null && !accessCode.isBlank() && Codes.matches(accessCode, c.accessCodeHash()));
        if (found.isEmpty()) {
            complaints.recordFailure(number, now, now.minus(WRONG_CODE_WINDOW));
            throw ApiProblem.notFound();
        }
        Complaint c = found.get();
        ComplaintTransfers.Transfer passedOn = transfers.of(c.trackingNumber()).orElse(ComplaintTransfers.NONE);
        return new PublicComplaintView(c.trackingNumber(), c.status(), c.category(), c.receivedAt(), c.dueAt(),
                c.outcome(), c.feedback(), c.resolvedAt(), passedOn.province(), passedOn.at());
    }

    // --- the agencies' side ---

    /** The queue of the caller's agency (MoE staff hold none: an empty list). */
    public PageResult<ComplaintSummary> list(CurrentUser user, ComplaintFilter filter, PageQuery page) {
        Optional<Agency> agency = Agency.of(user.roles());
        if (agency.isEmpty()) {
            return PageResult.of(List.of(), page, 0);
        }
        return complaints.list(agency.get(), user.organisationId(), filter, clock.instant(), page);
    }

    /** 404 unless the complaint is routed to the caller's agency. */
    public void requireVisible(String id, CurrentUser user) {
        visible(id, user);
    }

    /**
     * The complaint with its contact details, for the staff of the agency holding it. Every view that
     * shows contact details is recorded ({@code channel}: API or PAGE) and announced for the audit trail.
     */
    public ComplaintDetail view(String id, CurrentUser user, String channel) {
        Complaint c = visible(id, user);
        if (c.hasContact()) {
            Instant now = clock.instant();
            tx.executeWithoutResult(s -> {
                complaints.recordContactView(c.id(), user.username(), user.organisationId(), channel, now);
                events.publishEvent(new ComplainantContactViewed(user.actor(), c.id(), c.trackingNumber(), channel, now));
            });
        }
        return detail(c, true);
    }

    public ComplaintDetail resolve(String id, CurrentUser user, ComplaintOutcome outcome, String feedback,
                                   @Nullable String note) {
        Complaint c = visible(id, user);
        Instant now = clock.instant();
        change(c, x -> {
            x.resolve(outcome, feedback.trim(), blankToNull(note), user.username(), now);
            complaints.addHistory(x.id(), now, user.username(), "RESOLVED", null, null, outcome.name());
            events.publishEvent(new ComplaintResolved(user.actor(), x.id(), x.trackingNumber(), x.category(), x.agency(),
                    outcome, !now.isAfter(x.dueAt()), now));
        });
        return detail(c, false);
    }

    /** Hands the complaint to another agency; the reason stays in the (internal) history. */
    public ComplaintDetail reassign(String id, CurrentUser user, Agency to, String reason) {
        Complaint c = visible(id, user);
        Agency from = c.agency();
        Instant now = clock.instant();
        String organisationId = identity.organisationOfRole(to.role()).map(Organisation::id).orElse(null);
        change(c, x -> {
            x.reassign(to, organisationId);
            complaints.addHistory(x.id(), now, user.username(), "REASSIGNED", from, to, reason.trim());
            events.publishEvent(new ComplaintReassigned(user.actor(), x.id(), x.trackingNumber(), from, to, now));
        });
        return detail(c, false);
    }

    /** The city links a substantiated complaint to the rectification order it started (API, pages). */
    public ComplaintDetail linkRectification(String id, CurrentUser user, String rectificationId) {
        Complaint c = visible(id, user);
        link(c, user.actor(), rectificationId);
        return detail(c, false);
    }

    /** For enforcement: link a complaint to the order it led to (the caller checked who may). */
    public void linkRectification(String id, Actor actor, String rectificationId) {
        link(complaints.find(id).orElseThrow(ApiProblem::notFound), actor, rectificationId);
    }

    /** A complaint's queue row, for other modules (no personal information). */
    public Optional<ComplaintSummary> find(String id) {
        Instant now = clock.instant();
        return complaints.find(id).map(c -> new ComplaintSummary(c.id(), c.trackingNumber(), c.category(), c.appName(),
                c.status(), c.agency(), c.receivedAt(), c.dueAt(), c.unfiledApp(), c.overdueAt(now)));
    }

    public EvidenceDownload evidence(String id, String evidenceId, CurrentUser user) {
        Complaint c = visible(id, user);
        return complaints.evidenceFile(c.id(), evidenceId).orElseThrow(ApiProblem::notFound);
    }

    public ComplaintFigures figures() {
        return complaints.figures(clock.instant());
    }

    // --- internals ---

    private Complaint visible(String id, CurrentUser user) {
        Complaint c = complaints.find(id).orElseThrow(ApiProblem::notFound);
        boolean agencyHolds = user.has(c.agency().role())
                && (c.agencyOrganisationId() == null || c.agencyOrganisationId().equals(user.organisationId()));
        if (!agencyHolds) {
            throw ApiProblem.notVisible();
        }
        return c;
    }

    private void link(Complaint c, Actor actor, String rectificationId) {
        if (rectificationId.equals(c.rectificationId())) {
            return;
        }
        Instant now = clock.instant();
        change(c, x -> {
            x.linkRectification(rectificationId);
            complaints.addHistory(x.id(), now, actor.username(), "RECTIFICATION_LINKED", null, null, rectificationId);
            events.publishEvent(new ComplaintLinkedToRectification(actor, x.id(), x.trackingNumber(), rectificationId, now));
        });
    }

    /** One step in a transaction with optimistic locking; a refused step is 409 (state) or 422 (rule). */
    private void change(Complaint c, Consumer<Complaint> step) {
        try {
            tx.executeWithoutResult(s -> {
                step.accept(c);
                complaints.update(c);
            });
        } catch (Complaint.Refused e) {
            if ("complaint.notSubstantiated".equals(e.reason())) {
                throw ApiProblem.rule("COMPLAINT_NOT_SUBSTANTIATED", messages.get(e.reason()));
            }
            if ("complaint.sameAgency".equals(e.reason())) {
                throw ApiProblem.badField("agency", "SAME_AGENCY", messages.get(e.reason()));
            }
            throw ApiProblem.conflict(e.reason());
        }
    }

    private ComplaintDetail detail(Complaint c, boolean withContact) {
        ComplaintSubmission.Contact contact = withContact && c.hasContact()
                ? new ComplaintSubmission.Contact(cipher.decrypt(c.contactNameEnc()), cipher.decrypt(c.contactPhoneEnc()),
                cipher.decrypt(c.contactEmailEnc()))
                : null;
        return new ComplaintDetail(c.id(), c.trackingNumber(), c.category(), c.appName(), c.identifier(), c.filingNumber(),
                c.unfiledApp(), c.description(), c.status(), c.agency(), c.receivedAt(), c.dueAt(),
                c.overdueAt(clock.instant()), c.outcome(), c.feedback(), c.internalNote(), c.resolvedAt(), c.resolvedBy(),
                c.rectificationId(), contact, complaints.evidence(c.id()), complaints.history(c.id()), c.version());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
