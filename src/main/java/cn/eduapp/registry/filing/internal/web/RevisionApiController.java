package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.filing.CityDecision;
import cn.eduapp.registry.filing.FieldChange;
import cn.eduapp.registry.filing.RevisionManagement;
import cn.eduapp.registry.filing.RevisionView;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Changes to a registered filing 变更". */
@RestController
@RequestMapping("/api/v1/filings/{id}/revisions")
class RevisionApiController {

    private final RevisionManagement revisions;

    RevisionApiController(RevisionManagement revisions) {
        this.revisions = revisions;
    }

    record RevisionRequest(@NotNull(message = "{app.required}") @Valid Declaration app) {
    }

    record Review(@NotNull(message = "{decision.required}") CityDecision decision, @Nullable @Size(max = 2000) String comment) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.PROVIDER)
    RevisionView propose(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        return revisions.propose(id, user, () -> body.read(RevisionRequest.class).app());
    }

    @GetMapping
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    Map<String, List<RevisionView>> list(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", revisions.ofFiling(id, user));
    }

    @GetMapping("/{rid}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    RevisionView get(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user) {
        return revisions.view(id, rid, user);
    }

    @PutMapping("/{rid}")
    @AllowedRoles(Role.PROVIDER)
    RevisionView edit(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user,
                      JsonBody body) {
        revisions.visible(id, rid, user);
        return revisions.edit(id, rid, user, body.read(RevisionRequest.class).app());
    }

    @PostMapping("/{rid}/precheck")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    PrecheckResult precheck(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user) {
        return revisions.precheck(id, rid, user);
    }

    @PostMapping("/{rid}/submit")
    @AllowedRoles(Role.PROVIDER)
    Map<String, Object> submit(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user) {
        RevisionView v = revisions.submit(id, rid, user);
        return Map.of("id", v.id(), "status", v.status());
    }

    @PostMapping("/{rid}/city-review")
    @AllowedRoles(Role.CITY_REVIEWER)
    RevisionView review(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal CurrentUser user,
                        JsonBody body) {
        revisions.visible(id, rid, user);
        Review review = body.read(Review.class);
        return revisions.cityReview(id, rid, user, review.decision(), review.comment());
    }

    @GetMapping("/{rid}/diff")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    Map<String, List<FieldChange>> diff(@PathVariable String id, @PathVariable String rid,
                                        @AuthenticationPrincipal CurrentUser user) {
        return Map.of("changes", revisions.diff(id, rid, user));
    }
}
