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
}
