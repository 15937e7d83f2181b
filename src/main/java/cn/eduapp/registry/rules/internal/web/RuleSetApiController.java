package cn.eduapp.registry.rules.internal.web;

import cn.eduapp.registry.rules.internal.RuleSetDefinition;
import cn.eduapp.registry.rules.internal.RuleSetPublishing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rule-set versions: any signed-in caller reads them (people refused must be able to read why); the city
 * publishes a new one, which governs pre-checks from its effective date on.
 */
@RestController
@RequestMapping("/api/v1/rule-sets")
class RuleSetApiController {

    private final RuleSetViews views;
    private final RuleSetPublishing publishing;

    RuleSetApiController(RuleSetViews views, RuleSetPublishing publishing) {
        this.views = views;
        this.publishing = publishing;
    }

    @GetMapping
    PageResult<RuleSetViews.VersionSummary> list(@RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size) {
        return views.list(PageQuery.of(page, size));
    }

    @GetMapping("/{version}")
    RuleSetViews.VersionDetail get(@PathVariable String version) {
        return views.detail(version).orElseThrow(ApiProblem::notFound);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.CITY_REVIEWER)
    RuleSetViews.VersionDetail publish(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        RuleSetDefinition def = body.read(RuleSetDefinition.class);
        return views.detail(publishing.publish(def, user.actor(), RuleSetPublishing.SOURCE_API));
    }
}
