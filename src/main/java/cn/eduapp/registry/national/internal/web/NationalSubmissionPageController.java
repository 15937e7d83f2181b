package cn.eduapp.registry.national.internal.web;

import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.national.internal.NationalSettings;
import cn.eduapp.registry.national.internal.persistence.NationalSubmissions;
import cn.eduapp.registry.national.internal.persistence.NationalSubmissions.State;
import cn.eduapp.registry.national.internal.persistence.NationalSubmissions.Submission;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 报送全国平台: the city sees every filing it approved on its way to the national platform (http mode) — waiting to
 * be sent, sent and waiting for the answer, registered, rejected — with the attempts and the last error in Chinese.
 * In in-system mode the page says the 教育部 step runs inside this platform and lists nothing.
 */
@Controller
class NationalSubmissionPageController {

    private final NationalSubmissions submissions;
    private final FilingManagement filings;
    private final NationalSettings settings;

    NationalSubmissionPageController(NationalSubmissions submissions, FilingManagement filings, NationalSettings settings) {
        this.submissions = submissions;
        this.filings = filings;
        this.settings = settings;
    }

    @Bean
    @ConditionalOnProperty(name = "registry.national.mode", havingValue = "http")
    static NavItem nationalSubmissionsNav() {
        return NavItem.forRoles(NavGroup.REVIEW, "nav.national.submissions", "/national/submissions", 24, Role.CITY_REVIEWER);
    }

    /** One row of the page: the submission and the filing as named. */
    record Line(Submission submission, @Nullable FilingListing filing, boolean failing) {
    }

    @GetMapping("/national/submissions")
    @AllowedRoles(Role.CITY_REVIEWER)
    String list(@RequestParam(required = false) @Nullable State state, @RequestParam(required = false) Integer page,
                Model model) {
        PageResult<Submission> rows = submissions.list(state, PageQuery.of(page, 20));
        Map<String, FilingListing> named = filings.listings(rows.items().stream().map(Submission::filingId).toList())
                .stream().collect(Collectors.toMap(FilingListing::id, Function.identity()));
        model.addAttribute("result", rows.map(s -> new Line(s, named.get(s.filingId()),
                s.lastError() != null && s.attempts() >= settings.attempts())));
        model.addAttribute("states", State.values());
        model.addAttribute("state", state);
        model.addAttribute("http", settings.mode() == NationalSettings.Mode.HTTP);
        model.addAttribute("baseUrl", settings.baseUrl());
        return "national/submissions";
    }
}
