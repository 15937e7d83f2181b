package cn.eduapp.registry.system;

import jakarta.validation.Validator;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final JsonMapper mapper;
    private final Validator validator;
    private final Messages messages;
    private final List<NavItem> navItems;

    WebConfiguration(JsonMapper mapper, Validator validator, Messages messages, List<NavItem> navItems) {
        this.mapper = mapper;
        this.validator = validator;
        this.messages = messages;
        this.navItems = navItems;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RoleCheckInterceptor());
        registry.addInterceptor(new ControlCharacterInterceptor(messages));
        registry.addInterceptor(new LayoutInterceptor(navItems));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new JsonBodyArgumentResolver(mapper, validator, messages));
    }
}
