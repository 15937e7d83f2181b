package cn.eduapp.registry.rules.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesNavigation {

    @Bean
    NavItem rulesNav() {
        return NavItem.forRoles(NavGroup.PUBLIC, "nav.rules", "/rules", 60, Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER,
                Role.CA_OFFICER, Role.CAC_OFFICER);
    }
}
