package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ControlCharacterInterceptor;
import cn.eduapp.registry.system.web.JsonBodyArgumentResolver;
import cn.eduapp.registry.system.web.LayoutInterceptor;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.NavItem;
import cn.eduapp.registry.system.security.RoleCheckInterceptor;
import cn.eduapp.registry.system.web.WebConfiguration;

import jakarta.validation.Validator;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
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

    /**
     * Static files only under their own folders (the default {@code /**} pattern made every link on every
     * page a candidate static file, looked up in the jars on each request): URLs carry a hash of the
     * content, so a file can be cached for a year and a changed one gets a new URL.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        VersionResourceResolver contentHash = new VersionResourceResolver().addContentVersionStrategy("/**");
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(year).resourceChain(true).addResolver(contentHash);
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year).resourceChain(true).addResolver(contentHash).addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new JsonBodyArgumentResolver(mapper, validator, messages));
    }
}
