package cn.eduapp.registry.dashboard.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

    @Bean
    NavItem cityDashboardNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.dashboard", "/dashboard", 5, Role.CITY_REVIEWER);
    }
}
