package cn.eduapp.registry.rules.internal.web;

import cn.eduapp.registry.rules.internal.RuleSetCatalog;
import cn.eduapp.registry.rules.internal.RuleSetDefinition;
import cn.eduapp.registry.rules.internal.RuleSetPublishing;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.ProblemError;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The rule set in force (or any version), rule by rule with its clause; the city's form to publish a version. */
@Controller
class RuleSetPageController {

    private final RuleSetViews views;
    private final RuleSetCatalog catalog;
    private final RuleSetPublishing publishing;
    private final FormErrors formErrors;
    private final Messages messages;
    private final JsonMapper mapper;
    private final Clock clock;

    RuleSetPageController(RuleSetViews views, RuleSetCatalog catalog, RuleSetPublishing publishing,
                          FormErrors formErrors, Messages messages, JsonMapper mapper, Clock clock) {
        this.views = views;
        this.catalog = catalog;
        this.publishing = publishing;
        this.formErrors = formErrors;
        this.messages = messages;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping("/rules")
    String show(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String version,
                @RequestParam(required = false) Integer page, Model model) {
        RuleSetViews.VersionDetail detail = version == null || version.isBlank()
                ? views.inForce().orElseThrow(ApiProblem::notFound)
                : views.detail(version).orElseThrow(ApiProblem::notFound);
        model.addAttribute("detail", detail);
        model.addAttribute("versions", views.list(PageQuery.of(page, 20)));
        model.addAttribute("today", Beijing.today(clock));
        model.addAttribute("canPublish", user != null && user.has(Role.CITY_REVIEWER));
        return "rules/index";
    }

    @GetMapping("/rules/publish")
    @AllowedRoles(Role.CITY_REVIEWER)
    String publishForm(Model model) {
        RuleSetDefinition current = catalog.inForceOn(Beijing.today(clock)).definition();
        model.addAttribute("definition", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(current));
        model.addAttribute("today", Beijing.today(clock));
        return "rules/publish";
    }

    @PostMapping("/rules/publish")
    @AllowedRoles(Role.CITY_REVIEWER)
    String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String definition,
                   Model model, RedirectAttributes redirect) {
        List<ProblemError> errors;
        RuleSetDefinition def = null;
        try {
            def = mapper.readValue(definition, RuleSetDefinition.class);
            errors = def == null ? List.of(new ProblemError(null, "BODY_MISSING", messages.get("problem.bodyMissing")))
                    : publishing.check(def);
        } catch (JacksonException e) {
            errors = List.of(new ProblemError(null, "MALFORMED_JSON", messages.get("rules.publish.malformed")));
        }
        if (errors.isEmpty() && def != null) {
            RuleSetDefinition valid = def;
            errors = formErrors.problems(() -> publishing.publish(valid, user.actor(), RuleSetPublishing.SOURCE_API));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("definition", definition);
            model.addAttribute("errors", errors);
            model.addAttribute("today", Beijing.today(clock));
            return "rules/publish";
        }
        redirect.addFlashAttribute("notice", "rules.published");
        return "redirect:/rules?version=" + def.version();
    }
}
