package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.filing.CityDecision;
import cn.eduapp.registry.filing.ClassificationManagement;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingSummary;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.filing.MoeDecision;
import cn.eduapp.registry.filing.internal.FilingAccess;
import cn.eduapp.registry.filing.internal.FilingWorkflow;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.rules.Scope;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/filings")
class FilingApiController {

    private final FilingManagement filings;
    private final FilingAccess access;
    private final FilingWorkflow workflow;
    private final ClassificationManagement classification;

    FilingApiController(FilingManagement filings, FilingAccess access, FilingWorkflow workflow,
                        ClassificationManagement classification) {
        this.filings = filings;
        this.access = access;
        this.workflow = workflow;
        this.classification = classification;
    }

    record Classification(@NotNull(message = "{filing.classification.scopeRequired}") Scope scope,
                          @Nullable Category category, @Nullable @Size(max = 2000) String reason) {
    }

    record FilingRequest(@NotNull(message = "{app.required}") @Valid Declaration app) {
    }

    record CityReview(@NotNull(message = "{decision.required}") CityDecision decision, @Nullable @Size(max = 2000) String comment) {
    }

    record MoeReview(@NotNull(message = "{decision.required}") MoeDecision decision, @Nullable @Size(max = 2000) String comment) {
    }

    record Comment(@Nullable @Size(max = 2000) String comment) {
        static final Comment NONE = new Comment(null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.PROVIDER)
    FilingView create(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        return filings.create(user, body.read(FilingRequest.class).app());
    }

    @PutMapping("/{id}")
    @AllowedRoles(Role.PROVIDER)
    FilingView update(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        Filing f = access.own(id, user); // 404/403 before the body's 400
        return workflow.edit(f, user, body.read(FilingRequest.class).app());
    }

    @GetMapping("/{id}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    FilingView get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return filings.view(id, user);
    }

    @GetMapping
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    PageResult<FilingSummary> list(@AuthenticationPrincipal CurrentUser user,
                                   @RequestParam(required = false) FilingStatus status,
                                   @RequestParam(required = false) String q,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return filings.list(user, status, q, PageQuery.of(page, size));
    }

    @PostMapping("/{id}/precheck")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    PrecheckResult precheck(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return filings.precheck(id, user);
    }

    @PostMapping("/{id}/submit")
    @AllowedRoles(Role.PROVIDER)
    Map<String, Object> submit(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        FilingView v = filings.submit(id, user);
        return Map.of("id", v.id(), "status", v.status());
    }

    @PostMapping("/{id}/city-review")
    @AllowedRoles(Role.CITY_REVIEWER)
    FilingView cityReview(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        Filing f = access.visible(id, user);
        CityReview review = body.read(CityReview.class);
        return workflow.cityReview(f, user, review.decision(), review.comment());
    }

    /** The city reviewer corrects the scope or category decided from the declaration, with a reason. */
    @PostMapping("/{id}/classification")
    @AllowedRoles(Role.CITY_REVIEWER)
    FilingView correctClassification(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        Filing f = access.visible(id, user);
        Classification c = body.read(Classification.class);
        return classification.correct(f, user, c.scope(), c.category(), c.reason());
    }

    @PostMapping("/{id}/moe-review")
    @AllowedRoles(Role.MOE_REVIEWER)
    FilingView moeReview(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        Filing f = access.visible(id, user);
        MoeReview review = body.read(MoeReview.class);
        return workflow.moeReview(f, user, review.decision(), review.comment());
    }

    @PostMapping("/{id}/cancel")
    @AllowedRoles(Role.PROVIDER)
    FilingView cancel(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        Filing f = access.own(id, user);
        return workflow.cancel(f, user, body.readOr(Comment.class, Comment.NONE).comment());
    }
}
