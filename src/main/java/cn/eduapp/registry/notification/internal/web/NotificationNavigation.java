package cn.eduapp.registry.notification.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    /** Every signed-in role; the badge with the unread count is on the page itself. */
    @Bean
    NavItem notificationListNav() {
        return NavItem.forRoles(NavGroup.SYSTEM, "nav.notifications", "/notifications", 90, Role.values());
    }
}
