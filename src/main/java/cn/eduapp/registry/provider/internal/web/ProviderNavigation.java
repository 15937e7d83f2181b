package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProviderNavigation {

    @Bean
    NavItem providerProfileNav() {
        return NavItem.forRoles(NavGroup.SYSTEM, "nav.provider.profile", "/provider/profile", 20, Role.PROVIDER);
    }

    /** 单位核验 (issue 21): city reviewers decide on providers' documents. */
    @Bean
    NavItem providerVerificationNav() {
        return NavItem.forRoles(NavGroup.REVIEW, "nav.provider.verification", "/providers/verification", 15, Role.CITY_REVIEWER);
    }
}
