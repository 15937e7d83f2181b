package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.operations.HolidayCalendar;
import cn.eduapp.registry.system.operations.HolidayPageController;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;

import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日历: the city keeps the holidays and 调休 working weekends of the years the shipped State Council data does
 * not cover (and corrects any day); every working-day deadline (rectification, statements, complaints) reads it.
 */
@Controller
class HolidayPageController {

    private final HolidayCalendar calendar;
    private final Messages messages;
    private final Clock clock;

    HolidayPageController(HolidayCalendar calendar, Messages messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static NavItem holidayCalendarNav() {
        return NavItem.forRoles(NavGroup.SYSTEM, "nav.holidays", "/admin/holidays", 91, Role.CITY_REVIEWER);
    }

    @GetMapping("/admin/holidays")
    @AllowedRoles(Role.CITY_REVIEWER)
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null || year < 2000 || year > 2100 ? Beijing.today(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("days", calendar.year(y));
        return "calendar/holidays";
    }

    @PostMapping("/admin/holidays")
    @AllowedRoles(Role.CITY_REVIEWER)
    String put(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String day,
               @RequestParam(required = false) Boolean offDay, @RequestParam(required = false) String name,
               RedirectAttributes redirect) {
        LocalDate d = parse(day);
        if (d == null || offDay == null || name == null || name.isBlank() || name.length() > 50) {
            redirect.addFlashAttribute("notice", "calendar.invalid");
            return "redirect:/admin/holidays";
        }
        calendar.put(d, offDay, name.trim(), user.username());
        redirect.addFlashAttribute("notice", "calendar.saved");
        return "redirect:/admin/holidays?year=" + d.getYear();
    }

    @PostMapping("/admin/holidays/remove")
    @AllowedRoles(Role.CITY_REVIEWER)
    String remove(@RequestParam(required = false) String day, RedirectAttributes redirect) {
        LocalDate d = parse(day);
        if (d == null) {
            redirect.addFlashAttribute("notice", "calendar.invalid");
            return "redirect:/admin/holidays";
        }
        calendar.remove(d);
        redirect.addFlashAttribute("notice", "calendar.removed");
        return "redirect:/admin/holidays?year=" + d.getYear();
    }

    private static LocalDate parse(String day) {
        try {
            return day == null ? null : LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
