package cn.eduapp.registry.publication.internal.web;

import cn.eduapp.registry.publication.internal.persistence.AnnouncementRepository;
import cn.eduapp.registry.publication.internal.Announcements;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.NavItem;
import cn.eduapp.registry.system.web.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public announcements pages, and the city's form to publish one. */
@Controller
class AnnouncementPageController {

    private final AnnouncementRepository repository;
    private final Announcements announcements;
    private final Clock clock;

    AnnouncementPageController(AnnouncementRepository repository, Announcements announcements, Clock clock) {
        this.repository = repository;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Bean
    static NavItem announcementsNav() {
        return NavItem.forAll(cn.eduapp.registry.system.web.NavGroup.PUBLIC, "nav.announcements", "/public/announcements", 72);
    }

    @GetMapping("/public/announcements")
    String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("result", repository.list(PageQuery.of(page, 20)));
        model.addAttribute("today", Beijing.today(clock));
        return "publication/announcements";
    }

    @GetMapping("/public/announcements/{id}")
    String one(@PathVariable String id, Model model) {
        model.addAttribute("a", repository.find(id).orElseThrow(ApiProblem::notFound));
        return "publication/announcement";
    }

    @PostMapping("/announcements")
    @AllowedRoles(Role.CITY_REVIEWER)
    String publish(@AuthenticationPrincipal CurrentUser user,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @RequestParam String title, @RequestParam(required = false) @Nullable String approver,
                   RedirectAttributes redirect) {
        if (title.isBlank() || title.length() > 100) {
            redirect.addFlashAttribute("error", "announcement.title.required");
            return "redirect:/public/announcements";
        }
        var a = announcements.publish(user, asOf, title, approver);
        redirect.addFlashAttribute("notice", "announcement.published");
        return "redirect:/public/announcements/" + a.id();
    }
}
