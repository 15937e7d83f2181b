package cn.eduapp.registry.publication.internal.web;

import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PublicationNavigation {

    @Bean
    NavItem whitelistNav() {
        return NavItem.forAll(NavGroup.PUBLIC, "nav.public.whitelist", "/public/whitelist", 80);
    }

    @Bean
    NavItem blacklistNav() {
        return NavItem.forAll(NavGroup.PUBLIC, "nav.public.blacklist", "/public/blacklist", 81);
    }
}
