package cn.eduapp.registry.filing;

import cn.eduapp.registry.filing.internal.DeclarationDiff;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.domain.FilingRepository;
import cn.eduapp.registry.filing.internal.domain.IllegalRevisionStep;
import cn.eduapp.registry.filing.internal.domain.IllegalTransition;
import cn.eduapp.registry.filing.internal.domain.Revision;
import cn.eduapp.registry.filing.internal.domain.RevisionRepository;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.ApiProblem;
import cn.eduapp.registry.system.Messages;
import cn.eduapp.registry.system.PageQuery;
import cn.eduapp.registry.system.PageResult;
import cn.eduapp.registry.system.ProblemError;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes to a registered filing (变更): proposed by its provider, pre-checked, decided by the city. The
 * declaration in force stays in force until a revision is approved; return and rejection leave it as it is.
 */
@Service
public class RevisionManagement {

    private final FilingManagement filings;
    private final FilingRepository filingRepository;
    private final RevisionRepository revisions;
    private final DeclarationDiff diff;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    RevisionManagement(FilingManagement filings, FilingRepository filingRepository, RevisionRepository revisions,
                       DeclarationDiff diff, ApplicationEventPublisher events, TransactionTemplate tx, Messages messages,
                       Clock clock) {
        this.filings = filings;
        this.filingRepository = filingRepository;
        this.revisions = revisions;
        this.diff = diff;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    public RevisionView propose(String filingId, CurrentUser user, Declaration app) {
        Filing f = filings.ownFiling(filingId, user);
        if (!EnumSet.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION).contains(f.status())) {
            throw ApiProblem.conflict("revision.filingNotRegistered", messages.get("filing.status." + f.status().name()));
        }
        if (revisions.open(filingId).isPresent()) {
            throw ApiProblem.conflict("revision.alreadyOpen");
        }
        Revision r = Revision.propose(UUID.randomUUID().toString(), filingId, app, user.username(), clock.instant());
        try {
            tx.executeWithoutResult(s -> {
                revisions.insert(r);
                events.publishEvent(new RevisionTransitioned(user.actor(), filingId, r.id(), null, RevisionStatus.DRAFT, null));
            });
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("revision.alreadyOpen");
        }
        return view(revisions.find(filingId, r.id()).orElseThrow());
    }

    /** The revision, if the caller may see the filing: its provider always, agencies once submitted. */
    public Revision visible(String filingId, String revisionId, CurrentUser user) {
        filings.visible(filingId, user);
        Revision r = revisions.find(filingId, revisionId).orElseThrow(ApiProblem::notFound);
        if (!user.has(Role.PROVIDER) && r.submittedAt() == null) {
            throw ApiProblem.notVisible();
        }
        return r;
    }

    private Revision own(String filingId, String revisionId, CurrentUser user) {
        filings.ownFiling(filingId, user);
        return revisions.find(filingId, revisionId).orElseThrow(ApiProblem::notFound);
    }

    public RevisionView edit(String filingId, String revisionId, CurrentUser user, Declaration app) {
        Revision r = own(filingId, revisionId, user);
        return change(r, user, x -> x.edit(app));
    }

    public PrecheckResult precheck(String filingId, String revisionId, CurrentUser user) {
        Revision r = visible(filingId, revisionId, user);
        Filing f = filingRepository.find(filingId).orElseThrow();
        PrecheckResult result = filings.evaluate(filingId, f.providerId(), r.app());
        revisions.savePrecheck(r.id(), result);
        return result;
    }

    public RevisionView submit(String filingId, String revisionId, CurrentUser user) {
        Revision r = own(filingId, revisionId, user);
        if (!RevisionStatus.EDITABLE.contains(r.status())) {
            throw ApiProblem.conflict("revision.illegalStep", messages.get("revision.status." + r.status().name()));
        }
        Filing f = filingRepository.find(filingId).orElseThrow();
        PrecheckResult result = filings.evaluate(filingId, f.providerId(), r.app());
        if (result.blocking()) {
            revisions.savePrecheck(r.id(), result);
            throw ApiProblem.unprocessable("filing.submitRefused", result.blockingFindings().stream()
                    .map(x -> new ProblemError(null, x.ruleId(), x.message())).toList());
        }
        return change(r, user, x -> x.submit(result, clock.instant()));
    }

    public RevisionView cityReview(String filingId, String revisionId, CurrentUser user, CityDecision decision,
                                   @Nullable String comment) {
        if (decision != CityDecision.APPROVE && (comment == null || comment.isBlank())) {
            throw ApiProblem.badField("comment", "REQUIRED", messages.get("filing.commentRequired"));
        }
        Revision r = visible(filingId, revisionId, user);
        Instant now = clock.instant();
        try {
            tx.executeWithoutResult(s -> {
                switch (decision) {
                    case APPROVE -> r.approve(user.username(), comment, now);
                    case RETURN -> r.returnForChanges(user.username(), comment, now);
                    case REJECT -> r.reject(user.username(), comment, now);
                }
                revisions.update(r);
                events.publishEvent(new RevisionTransitioned(user.actor(), filingId, r.id(), r.previous(), r.status(), r.comment()));
                if (decision == CityDecision.APPROVE) {
                    Filing f = filingRepository.find(filingId).orElseThrow();
                    f.applyRevision(r.app(), user.actor(), messages.get("revision.appliedHistory"), now);
                    filingRepository.update(f, now);
                    events.publishEvent(new FilingDeclarationChanged(user.actor(), filingId, f.providerId(),
                            f.filingNumber(), r.id(), now));
                }
            });
        } catch (IllegalRevisionStep e) {
            throw ApiProblem.conflict("revision.illegalStep", messages.get("revision.status." + e.status().name()));
        } catch (IllegalTransition e) {
            throw ApiProblem.conflict("filing.illegalTransition", messages.get("filing.status." + e.from().name()));
        }
        return view(revisions.find(filingId, revisionId).orElseThrow());
    }

    public List<FieldChange> diff(String filingId, String revisionId, CurrentUser user) {
        Revision r = visible(filingId, revisionId, user);
        Filing f = filingRepository.find(filingId).orElseThrow();
        return diff.between(f.app(), r.app());
    }

    public RevisionView view(String filingId, String revisionId, CurrentUser user) {
        return view(visible(filingId, revisionId, user));
    }

    /** The open revision of a filing, for the filing's own view. */
    public Optional<RevisionView> pending(String filingId) {
        return revisions.open(filingId).map(RevisionManagement::view);
    }

    public List<RevisionView> ofFiling(String filingId, CurrentUser user) {
        filings.visible(filingId, user);
        return revisions.ofFiling(filingId).stream()
                .filter(r -> user.has(Role.PROVIDER) || r.submittedAt() != null)
                .map(RevisionManagement::view).toList();
    }

    public PageResult<RevisionView> queue(RevisionStatus status, PageQuery page) {
        return PageResult.of(revisions.queue(status, page.size(), page.offset()).stream().map(RevisionManagement::view).toList(),
                page, revisions.count(status));
    }

    private RevisionView change(Revision r, CurrentUser user, Consumer<Revision> step) {
        RevisionStatus before = r.status();
        try {
            tx.executeWithoutResult(s -> {
                step.accept(r);
                revisions.update(r);
                events.publishEvent(new RevisionTransitioned(user.actor(), r.filingId(), r.id(), before, r.status(), null));
            });
        } catch (IllegalRevisionStep e) {
            throw ApiProblem.conflict("revision.illegalStep", messages.get("revision.status." + e.status().name()));
        }
        return view(revisions.find(r.filingId(), r.id()).orElseThrow());
    }

    static RevisionView view(Revision r) {
        return new RevisionView(r.id(), r.filingId(), r.status(), r.app(), r.precheck(), r.createdBy(), r.createdAt(),
                r.submittedAt(), r.decidedAt(), r.decidedBy(), r.comment(), r.version());
    }
}
