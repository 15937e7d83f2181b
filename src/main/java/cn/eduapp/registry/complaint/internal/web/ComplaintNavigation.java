package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComplaintNavigation {

    @Bean
    NavItem complaintNewNav() {
        return NavItem.forAll(NavGroup.PUBLIC, "nav.complaints.new", "/public/complaints/new", 80);
    }

    @Bean
    NavItem complaintTrackNav() {
        return NavItem.forAll(NavGroup.PUBLIC, "nav.complaints.track", "/public/complaints/track", 81);
    }

    @Bean
    NavItem complaintGuideNav() {
        return NavItem.forAll(NavGroup.PUBLIC, "nav.complaints.guide", "/public/complaints/guide", 82);
    }

    @Bean
    NavItem complaintQueueNav() {
        return NavItem.forRoles(NavGroup.COMPLAINTS, "nav.complaints.queue", "/complaints", 30, Role.CITY_REVIEWER, Role.CA_OFFICER,
                Role.CAC_OFFICER);
    }

    @Bean
    NavItem complaintFiguresNav() {
        return NavItem.forRoles(NavGroup.COMPLAINTS, "nav.complaints.figures", "/complaints/figures", 31, Role.CITY_REVIEWER);
    }
}
