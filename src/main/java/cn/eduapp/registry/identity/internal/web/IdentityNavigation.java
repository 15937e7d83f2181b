package cn.eduapp.registry.identity.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavItem identityAgencyAccountsNav() {
        return NavItem.forRoles(NavGroup.SYSTEM, "nav.agencyAccounts", "/agency-accounts", 95, Role.CITY_REVIEWER);
    }
}
