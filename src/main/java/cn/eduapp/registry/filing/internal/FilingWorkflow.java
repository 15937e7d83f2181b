package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.CityDecision;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.filing.MoeDecision;
import cn.eduapp.registry.filing.NationalFilingStep;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.persistence.FilingRepository;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The people's steps of the filing workflow on a filing loaded once (by {@link FilingAccess}, which checked who
 * may see or change it): pre-check, submission, the city's and the national review. Every refusal is an
 * {@link ApiProblem} with API.md's status.
 */
@Component
public class FilingWorkflow {

    private final FilingSteps steps;
    private final FilingPrechecks prechecks;
    private final FilingViews views;
    private final FilingRepository filings;
    private final NationalFilingStep nationalStep;
    private final Messages messages;
    private final Clock clock;

    FilingWorkflow(FilingSteps steps, FilingPrechecks prechecks, FilingViews views, FilingRepository filings,
                   NationalFilingStep nationalStep, Messages messages, Clock clock) {
        this.steps = steps;
        this.prechecks = prechecks;
        this.views = views;
        this.filings = filings;
        this.nationalStep = nationalStep;
        this.messages = messages;
        this.clock = clock;
    }

    public FilingView edit(Filing f, CurrentUser user, Declaration app) {
        steps.apply(f, user.actor(), x -> x.edit(app, user.actor(), clock.instant()));
        return views.of(f);
    }

    /** Runs the pre-check and keeps its result on the filing (and on {@code f}). */
    public PrecheckResult precheck(Filing f) {
        PrecheckResult result = prechecks.ofFiling(f.id(), f.providerId(), f.app());
        filings.savePrecheck(f.id(), result);
        f.recordPrecheck(result);
        return result;
    }

    /** Submission: refused with 422 and one error per blocking finding; the result is kept either way. */
    public FilingView submit(Filing f, CurrentUser user) {
        requireStatus(f, FilingStatus.EDITABLE.contains(f.status()));
        PrecheckResult result = prechecks.ofFiling(f.id(), f.providerId(), f.app());
        if (result.blocking()) {
            filings.savePrecheck(f.id(), result);
            throw ApiProblem.unprocessable("filing.submitRefused", result.blockingFindings().stream()
                    .map(x -> new ProblemError(null, x.ruleId(), x.message())).toList());
        }
        steps.apply(f, user.actor(), x -> x.submit(result, user.actor(), clock.instant()));
        return views.of(f);
    }

    public FilingView cityReview(Filing f, CurrentUser user, CityDecision decision, @Nullable String comment) {
        if (decision != CityDecision.APPROVE) {
            requireComment(comment);
        }
        Instant now = clock.instant();
        steps.apply(f, user.actor(), x -> {
            switch (decision) {
                case APPROVE -> {
                    x.cityApprove(user.actor(), comment, now);
                    nationalStep.forward(x.id()); // in the deciding transaction: never a half-sent filing
                }
                case RETURN -> x.cityReturn(user.actor(), comment, now);
                case REJECT -> x.cityReject(user.actor(), comment, now);
            }
        });
        return views.of(f);
    }

    public FilingView moeReview(Filing f, CurrentUser user, MoeDecision decision, @Nullable String comment) {
        if (!nationalStep.decidesInSystem()) {
            throw ApiProblem.conflict("filing.nationalElsewhere");
        }
        if (decision == MoeDecision.REJECT) {
            requireComment(comment);
        }
        Instant now = clock.instant();
        steps.apply(f, user.actor(), x -> {
            if (decision == MoeDecision.REGISTER) {
                requireStatus(x, x.status() == FilingStatus.MOE_REVIEW);
                x.register(nationalStep.issueFilingNumber(), user.actor(), comment, now);
            } else {
                x.moeReject(user.actor(), comment, now);
            }
        });
        return views.of(f);
    }

    public FilingView cancel(Filing f, CurrentUser user, @Nullable String comment) {
        steps.apply(f, user.actor(), x -> x.cancel(user.actor(), comment, clock.instant()));
        return views.of(f);
    }

    private void requireStatus(Filing f, boolean ok) {
        if (!ok) {
            throw ApiProblem.conflict("filing.illegalTransition", messages.get("filing.status." + f.status().name()));
        }
    }

    private void requireComment(@Nullable String comment) {
        if (comment == null || comment.isBlank()) {
            throw ApiProblem.badField("comment", "REQUIRED", messages.get("filing.commentRequired"));
        }
    }
}
