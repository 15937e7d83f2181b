package cn.eduapp.registry.filing;

import cn.eduapp.registry.filing.internal.DeclarationDiff;
import cn.eduapp.registry.filing.internal.FilingAccess;
import cn.eduapp.registry.filing.internal.FilingPrechecks;
import cn.eduapp.registry.filing.internal.FilingViews;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.persistence.FilingRepository;
import cn.eduapp.registry.filing.internal.domain.IllegalRevisionStep;
import cn.eduapp.registry.filing.internal.domain.IllegalTransition;
import cn.eduapp.registry.filing.internal.domain.Revision;
import cn.eduapp.registry.filing.internal.persistence.RevisionRepository;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.web.ProblemError;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    private final FilingAccess access;
    private final FilingPrechecks prechecks;
    private final FilingRepository filingRepository;
    private final RevisionRepository revisions;
    private final DeclarationDiff diff;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    RevisionManagement(FilingAccess access, FilingPrechecks prechecks, FilingRepository filingRepository, RevisionRepository revisions,
                       DeclarationDiff diff, ApplicationEventPublisher events, TransactionTemplate tx, Messages messages,
                       Clock clock) {
        this.access = access;
        this.prechecks = prechecks;
        this.filingRepository = filingRepository;
        this.revisions = revisions;
        this.diff = diff;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    public RevisionView propose(String filingId, CurrentUser user, Declaration app) {
        return propose(filingId, user, () -> app);
    }

    /**
     * Proposes a change whose declaration is read only after the caller is known to own the filing, so that
     * another provider gets 404 whatever it sent (API.md: 404 before 400).
     */
    public RevisionView propose(String filingId, CurrentUser user, Supplier<Declaration> app) {
        Filing f = access.own(filingId, user);
        Declaration declaration = app.get();
        if (!EnumSet.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION).contains(f.status())) {
            throw ApiProblem.conflict("revision.filingNotRegistered", messages.get("filing.status." + f.status().name()));
        }
        if (revisions.open(filingId).isPresent()) {
            throw ApiProblem.conflict("revision.alreadyOpen");
        }
        Revision r = Revision.propose(UUID.randomUUID().toString(), filingId, declaration, user.username(), clock.instant());
        try {
            tx.executeWithoutResult(s -> {
                revisions.insert(r);
                events.publishEvent(new RevisionTransitioned(user.actor(), FilingId.of(filingId), r.id(), null, RevisionStatus.DRAFT, null));
            });
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("revision.alreadyOpen");
        }
        return view(revisions.find(filingId, r.id()).orElseThrow());
    }

    /** A revision with its filing, each loaded once for the command. */
    private record Loaded(Filing filing, Revision revision) {
    }

    /** The revision, if the caller may see the filing: its provider always, agencies once submitted. */
    public Revision visible(String filingId, String revisionId, CurrentUser user) {
        return loadVisible(filingId, revisionId, user).revision();
    }

    private Loaded loadVisible(String filingId, String revisionId, CurrentUser user) {
        Filing f = access.visible(filingId, user);
        Revision r = revisions.find(filingId, revisionId).orElseThrow(ApiProblem::notFound);
        if (!user.has(Role.PROVIDER) && r.submittedAt() == null) {
            throw ApiProblem.notVisible();
        }
        return new Loaded(f, r);
    }

    private Loaded own(String filingId, String revisionId, CurrentUser user) {
        Filing f = access.own(filingId, user);
        return new Loaded(f, revisions.find(filingId, revisionId).orElseThrow(ApiProblem::notFound));
    }

    public RevisionView edit(String filingId, String revisionId, CurrentUser user, Declaration app) {
        Revision r = own(filingId, revisionId, user).revision();
        return change(r, user, x -> x.edit(app));
    }

    public PrecheckResult precheck(String filingId, String revisionId, CurrentUser user) {
        Loaded l = loadVisible(filingId, revisionId, user);
        PrecheckResult result = prechecks.of(filingId, l.filing().providerId(), l.revision().app());
        revisions.savePrecheck(l.revision().id(), result);
        return result;
    }

    public RevisionView submit(String filingId, String revisionId, CurrentUser user) {
        Loaded l = own(filingId, revisionId, user);
        Revision r = l.revision();
        if (!RevisionStatus.EDITABLE.contains(r.status())) {
            throw ApiProblem.conflict("revision.illegalStep", messages.get("revision.status." + r.status().name()));
        }
        PrecheckResult result = prechecks.of(filingId, l.filing().providerId(), r.app());
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
        Loaded l = loadVisible(filingId, revisionId, user);
        Revision r = l.revision();
        Instant now = clock.instant();
        try {
            tx.executeWithoutResult(s -> {
                switch (decision) {
                    case APPROVE -> r.approve(user.username(), comment, now);
                    case RETURN -> r.returnForChanges(user.username(), comment, now);
                    case REJECT -> r.reject(user.username(), comment, now);
                }
                revisions.update(r);
                events.publishEvent(new RevisionTransitioned(user.actor(), FilingId.of(filingId), r.id(), r.previous(), r.status(), r.comment()));
                if (decision == CityDecision.APPROVE) {
                    Filing f = l.filing();
                    f.applyRevision(r.app(), user.actor(), messages.get("revision.appliedHistory"), now);
                    filingRepository.update(f, now);
                    events.publishEvent(new FilingDeclarationChanged(user.actor(), FilingId.of(filingId), ProviderId.of(f.providerId()),
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
        Loaded l = loadVisible(filingId, revisionId, user);
        return diff.between(l.filing().app(), l.revision().app());
    }

    public RevisionView view(String filingId, String revisionId, CurrentUser user) {
        return view(visible(filingId, revisionId, user));
    }

    /** The open revision of a filing, for the filing's own view. */
    public Optional<RevisionView> pending(String filingId) {
        return revisions.open(filingId).map(FilingViews::of);
    }

    public List<RevisionView> ofFiling(String filingId, CurrentUser user) {
        access.visible(filingId, user);
        return revisions.ofFiling(filingId).stream()
                .filter(r -> user.has(Role.PROVIDER) || r.submittedAt() != null)
                .map(FilingViews::of).toList();
    }

    public PageResult<RevisionView> queue(RevisionStatus status, PageQuery page) {
        return PageResult.of(revisions.queue(status, page.size(), page.offset()).stream().map(FilingViews::of).toList(),
                page, revisions.count(status));
    }

    private RevisionView change(Revision r, CurrentUser user, Consumer<Revision> step) {
        RevisionStatus before = r.status();
        try {
            tx.executeWithoutResult(s -> {
                step.accept(r);
                revisions.update(r);
                events.publishEvent(new RevisionTransitioned(user.actor(), FilingId.of(r.filingId()), r.id(), before, r.status(), null));
            });
        } catch (IllegalRevisionStep e) {
            throw ApiProblem.conflict("revision.illegalStep", messages.get("revision.status." + e.status().name()));
        }
        return view(revisions.find(r.filingId(), r.id()).orElseThrow());
    }

    private static RevisionView view(Revision r) {
        return FilingViews.of(r);
    }
}
