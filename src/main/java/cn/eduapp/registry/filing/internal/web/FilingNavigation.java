package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FilingNavigation {

    @Bean
    NavItem myFilingsNav() {
        return NavItem.forRoles(NavGroup.FILING, "nav.filings.mine", "/filings", 10, Role.PROVIDER);
    }

    @Bean
    NavItem newFilingNav() {
        return NavItem.forRoles(NavGroup.FILING, "nav.filings.new", "/filings/start", 11, Role.PROVIDER);
    }

    @Bean
    NavItem cityQueueNav() {
        return NavItem.forRoles(NavGroup.REVIEW, "nav.filings.cityQueue", "/filings?status=CITY_REVIEW", 10, Role.CITY_REVIEWER);
    }

    @Bean
    NavItem moeQueueNav() {
        return NavItem.forRoles(NavGroup.REVIEW, "nav.filings.moeQueue", "/filings?status=MOE_REVIEW", 10, Role.MOE_REVIEWER);
    }

    @Bean
    NavItem revisionQueueNav() {
        return NavItem.forRoles(NavGroup.REVIEW, "nav.revisions.queue", "/revisions", 13, Role.CITY_REVIEWER);
    }

    @Bean
    NavItem recheckAlertsNav() {
        return NavItem.forRoles(NavGroup.SUPERVISION, "nav.recheck.alerts", "/recheck-alerts", 14, Role.CITY_REVIEWER);
    }

    @Bean
    NavItem allFilingsNav() {
        return NavItem.forRoles(NavGroup.REVIEW, "nav.filings.all", "/filings", 12, Role.CITY_REVIEWER, Role.MOE_REVIEWER,
                Role.CA_OFFICER, Role.CAC_OFFICER);
    }
}
