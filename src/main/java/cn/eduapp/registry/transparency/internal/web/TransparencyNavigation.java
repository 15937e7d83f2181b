package cn.eduapp.registry.transparency.internal.web;

import cn.eduapp.registry.system.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransparencyNavigation {

    @Bean
    NavItem transparencyLogNav() {
        return NavItem.forAll(cn.eduapp.registry.system.web.NavGroup.PUBLIC, "nav.public.log", "/public/log", 82);
    }
}
