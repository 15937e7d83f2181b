package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnforcementNavigation {

    @Bean
    NavItem enforcementDashboardNav() {
        return NavItem.forRoles("nav.enforcement.dashboard", "/enforcement", 20, Role.CITY_REVIEWER);
    }

    @Bean
    NavItem preschoolRevocationNav() {
        return NavItem.forRoles("nav.enforcement.preschool", "/enforcement/preschool", 22, Role.CITY_REVIEWER);
    }

    @Bean
    NavItem providerOrdersNav() {
        return NavItem.forRoles("nav.enforcement.myOrders", "/enforcement/orders", 20, Role.PROVIDER);
    }

    @Bean
    NavItem takedownNoticesNav() {
        return NavItem.forRoles("nav.enforcement.notices", "/enforcement/notices", 20, Role.CAC_OFFICER, Role.CA_OFFICER);
    }

    @Bean
    NavItem icpNav() {
        return NavItem.forRoles("nav.enforcement.icp", "/enforcement/icp", 21, Role.CA_OFFICER);
    }

    @Bean
    NavItem casesNav() {
        return NavItem.forRoles("nav.enforcement.cases", "/enforcement/cases", 21, Role.CITY_REVIEWER, Role.PROVIDER);
    }

    @Bean
    NavItem bulletinsNav() {
        return NavItem.forRoles("nav.enforcement.bulletins", "/enforcement/bulletins", 21, Role.CAC_OFFICER, Role.CA_OFFICER);
    }

    /** The import page lives in filing; the city reaches it from its enforcement menu. */
    @Bean
    NavItem filingImportNav() {
        return NavItem.forRoles("nav.filings.import", "/filings/import", 23, Role.CITY_REVIEWER);
    }
}
