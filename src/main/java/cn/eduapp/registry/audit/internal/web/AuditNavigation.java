package cn.eduapp.registry.audit.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavItem auditNav() {
        return NavItem.forRoles(NavGroup.SYSTEM, "nav.audit", "/audit", 90, Role.CITY_REVIEWER);
    }
}
