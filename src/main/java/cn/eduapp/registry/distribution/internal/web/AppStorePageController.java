package cn.eduapp.registry.distribution.internal.web;

import cn.eduapp.registry.distribution.DistributionManagement;
import cn.eduapp.registry.distribution.internal.persistence.StoreReleases;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.PageQuery;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An app store's own pages: the releases it reported (and reports here), each with the answer it got. */
@Controller
class AppStorePageController {

    private final DistributionManagement distribution;
    private final StoreReleases releases;
    private final Clock clock;

    AppStorePageController(DistributionManagement distribution, StoreReleases releases, Clock clock) {
        this.distribution = distribution;
        this.releases = releases;
        this.clock = clock;
    }

    @GetMapping("/app-store/releases")
    @AllowedRoles(Role.DISTRIBUTION_PLATFORM)
    String releases(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", releases.of(user, PageQuery.of(page, 20)));
        model.addAttribute("platforms", PlatformType.values());
        return "distribution/app-store-releases";
    }

    @PostMapping("/app-store/releases")
    @AllowedRoles(Role.DISTRIBUTION_PLATFORM)
    String report(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String platform,
                  @RequestParam(required = false) String identifier, @RequestParam(required = false) String version,
                  RedirectAttributes redirect) {
        PlatformType type = Arrays.stream(PlatformType.values()).filter(p -> p.name().equals(platform)).findFirst().orElse(null);
        if (type == null || identifier == null || identifier.isBlank() || version == null || version.isBlank()
                || identifier.length() > 255 || version.length() > 64) {
            redirect.addFlashAttribute("notice", "appStore.releases.incomplete");
            return "redirect:/app-store/releases";
        }
        DistributionManagement.ReleaseResult result = distribution.reportRelease(user, type, identifier.strip(), version.strip(),
                clock.instant());
        redirect.addFlashAttribute("notice", result.alertRaised() ? "appStore.releases.alert" : "appStore.releases.ok");
        return "redirect:/app-store/releases";
    }
}
