package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UsageNavigation {

    @Bean
    NavItem usageSchoolUsageNav() {
        return NavItem.forRoles(NavGroup.USAGE, "nav.usage.mine", "/usage", 20, Role.SCHOOL_ADMIN);
    }

    @Bean
    NavItem usageNewUsageNav() {
        return NavItem.forRoles(NavGroup.USAGE, "nav.usage.new", "/usage/new", 21, Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN);
    }

    @Bean
    NavItem usageDistrictUsageNav() {
        return NavItem.forRoles(NavGroup.USAGE, "nav.usage.district", "/usage/my-district", 20, Role.DISTRICT_ADMIN);
    }

    @Bean
    NavItem usageDistrictFilingsNav() {
        return NavItem.forRoles(NavGroup.USAGE, "nav.usage.districtFilings", "/usage", 22, Role.DISTRICT_ADMIN);
    }

    @Bean
    NavItem usageInstitutionsNav() {
        return NavItem.forRoles(NavGroup.USAGE, "nav.institutions", "/institutions", 25, Role.DISTRICT_ADMIN, Role.CITY_REVIEWER);
    }

    @Bean
    NavItem usageAllUsageNav() {
        return NavItem.forRoles(NavGroup.USAGE, "nav.usage.all", "/usage", 20, Role.CITY_REVIEWER, Role.MOE_REVIEWER,
                Role.CA_OFFICER, Role.CAC_OFFICER);
    }

    @Bean
    NavItem usageDistrictsNav() {
        return NavItem.forRoles(NavGroup.USAGE, "nav.usage.districts", "/usage/districts", 21, Role.CITY_REVIEWER, Role.MOE_REVIEWER,
                Role.CA_OFFICER, Role.CAC_OFFICER);
    }

    @Bean
    NavItem usageExposureNav() {
        return NavItem.forRoles(NavGroup.USAGE, "nav.usage.exposure", "/usage/exposure", 22, Role.CITY_REVIEWER, Role.MOE_REVIEWER,
                Role.CA_OFFICER, Role.CAC_OFFICER);
    }
}
