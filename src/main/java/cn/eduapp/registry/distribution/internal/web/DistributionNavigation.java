package cn.eduapp.registry.distribution.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DistributionNavigation {

    @Bean
    NavItem distributionAlertsNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.distribution.alerts", "/distribution/alerts", 30, Role.CAC_OFFICER);
    }

    @Bean
    NavItem appStoresNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.distribution.appStores", "/distribution/app-stores", 31, Role.CAC_OFFICER);
    }

    @Bean
    NavItem appStoreReleasesNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.appStore.releases", "/app-store/releases", 41, Role.DISTRIBUTION_PLATFORM);
    }
}
