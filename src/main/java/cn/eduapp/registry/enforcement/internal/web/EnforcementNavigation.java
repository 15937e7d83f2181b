package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnforcementNavigation {

    @Bean
    NavItem enforcementDashboardNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.enforcement.dashboard", "/enforcement", 20, Role.CITY_REVIEWER);
    }

    @Bean
    NavItem preschoolRevocationNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.enforcement.preschool", "/enforcement/preschool", 22, Role.CITY_REVIEWER);
    }

    @Bean
    NavItem providerOrdersNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.enforcement.myOrders", "/enforcement/orders", 20, Role.PROVIDER);
    }

    @Bean
    NavItem takedownNoticesNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.enforcement.notices", "/enforcement/notices", 20, Role.CAC_OFFICER, Role.CA_OFFICER);
    }

    @Bean
    NavItem icpNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.enforcement.icp", "/enforcement/icp", 21, Role.CA_OFFICER);
    }

    @Bean
    NavItem casesNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.enforcement.cases", "/enforcement/cases", 21, Role.CITY_REVIEWER, Role.PROVIDER);
    }

    @Bean
    NavItem bulletinsNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.enforcement.bulletins", "/enforcement/bulletins", 21, Role.CAC_OFFICER, Role.CA_OFFICER);
    }

    /** The import page lives in filing; the city reaches it from its enforcement menu. */
    @Bean
    NavItem filingImportNav() {
        return NavItem.forRoles(NavGroup.REVIEW, "nav.filings.import", "/filings/import", 23, Role.CITY_REVIEWER);
    }

    @Bean
    NavItem appStoreNoticesNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.appStore.notices", "/app-store/notices", 40, Role.DISTRIBUTION_PLATFORM);
    }
}
