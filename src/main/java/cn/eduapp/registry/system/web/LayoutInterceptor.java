package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.LayoutInterceptor;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;

import cn.eduapp.registry.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Gives every rendered page the caller and the navigation its roles may use. */
class LayoutInterceptor implements HandlerInterceptor {

    private final List<NavItem> items;

    LayoutInterceptor(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        CurrentUser user = currentUser();
        mav.addObject("currentUser", user);
        List<NavItem> mine = items.stream()
                .filter(i -> i.roles().isEmpty() || (user != null && i.roles().stream().anyMatch(user::has)))
                .toList();
        mav.addObject("navItems", mine);
        Map<NavGroup, List<NavItem>> groups = new EnumMap<>(NavGroup.class);
        mine.forEach(i -> groups.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i));
        mav.addObject("navGroups", groups);
        mav.addObject("requestPath", request.getRequestURI());
    }

    static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
    }
}
