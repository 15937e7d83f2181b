package cn.eduapp.registry.filing;

import cn.eduapp.registry.filing.internal.FilingAccess;
import cn.eduapp.registry.filing.internal.FilingSteps;
import cn.eduapp.registry.filing.internal.FilingViews;
import cn.eduapp.registry.filing.internal.FilingWorkflow;
import cn.eduapp.registry.filing.internal.persistence.FilingQueries;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.rules.Scope;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The city reviewer's correction of the scope or the category decided from a declaration (京教信〔2022〕5号
 * 二（一）、二（二）), with a reason that goes into the history the provider reads. A corrected category then
 * classifies the filing's later pre-checks and re-checks instead of the declaration; out of scope leaves no category.
 */
@Service
public class ClassificationManagement {

    private final FilingAccess access;
    private final FilingSteps steps;
    private final FilingWorkflow workflow;
    private final FilingViews views;
    private final FilingQueries queries;
    private final Messages messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    ClassificationManagement(FilingAccess access, FilingSteps steps, FilingWorkflow workflow, FilingViews views,
                             FilingQueries queries, Messages messages, TransactionTemplate tx, Clock clock) {
        this.access = access;
        this.steps = steps;
        this.workflow = workflow;
        this.views = views;
        this.queries = queries;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
    }

    /** 400 without a reason or with IN_SCOPE and no category; 409 unless the filing is before the city. */
    public FilingView correct(String id, CurrentUser user, Scope scope, @Nullable Category category, @Nullable String reason) {
        return correct(access.visible(id, user), user, scope, category, reason);
    }

    /** The same on a filing the caller's controller loaded (and checked the caller sees). */
    public FilingView correct(Filing f, CurrentUser user, Scope scope, @Nullable Category category, @Nullable String reason) {
        String id = f.id();
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.badField("reason", "REQUIRED", messages.get("filing.classification.reasonRequired"));
        }
        if (scope == Scope.IN_SCOPE && category == null) {
            throw ApiProblem.badField("category", "REQUIRED", messages.get("filing.classification.categoryRequired"));
        }
        Category corrected = scope == Scope.OUT_OF_SCOPE ? null : category;
        String comment = messages.get("filing.classification.history", label(f), label(scope, corrected), reason.trim());
        return tx.execute(s -> {
            steps.apply(f, user.actor(), x -> x.correctClassification(corrected, user.actor(), comment, clock.instant()));
            queries.markCategoryCorrected(id);
            if (corrected != null) {
                workflow.precheck(f);
            }
            return views.of(f);
        });
    }

    private String label(Filing f) {
        PrecheckResult p = f.precheck();
        Scope scope = p == null || p.scope() == null ? Scope.IN_SCOPE : p.scope();
        return label(scope, f.category());
    }

    private String label(Scope scope, @Nullable Category category) {
        if (scope == Scope.OUT_OF_SCOPE || category == null) {
            return messages.get("filing.classification.outOfScope");
        }
        return messages.get("category." + category.name());
    }
}
