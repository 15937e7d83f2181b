package cn.eduapp.registry.national.internal.web;

import cn.eduapp.registry.national.NationalMirror;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import cn.eduapp.registry.system.web.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 全国备案查询 (public, no login): apps filed in other provinces, from the national mirror, with search and pages;
 * and the city's page of the mirror sync (last run, counts, errors, cursor) with "sync now".
 */
@Controller
class NationalPageController {

    private final NationalMirror mirror;

    NationalPageController(NationalMirror mirror) {
        this.mirror = mirror;
    }

    @Bean
    static NavItem nationalLookupNav() {
        return NavItem.forAll(NavGroup.PUBLIC, "nav.public.national", "/public/national-apps", 82);
    }

    @Bean
    static NavItem nationalSyncNav() {
        return NavItem.forRoles(NavGroup.SYSTEM, "nav.national.sync", "/national/sync", 60, Role.CITY_REVIEWER);
    }

    @GetMapping("/public/national-apps")
    String lookup(@RequestParam(required = false) @Nullable String q,
                  @RequestParam(name = "page", required = false) @Nullable String pageParam, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        model.addAttribute("result", mirror.search(query, PageQuery.of(number(pageParam), 20)));
        model.addAttribute("q", query);
        return "national/lookup";
    }

    @GetMapping("/national/sync")
    @AllowedRoles(Role.CITY_REVIEWER)
    String sync(Model model) {
        model.addAttribute("state", mirror.syncState());
        model.addAttribute("source", mirror.syncSource());
        return "national/sync";
    }

    @PostMapping("/national/sync")
    @AllowedRoles(Role.CITY_REVIEWER)
    String syncNow(RedirectAttributes redirect) {
        mirror.syncNow();
        redirect.addFlashAttribute("notice", "national.sync.done");
        return "redirect:/national/sync";
    }

    private static @Nullable Integer number(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(page.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
