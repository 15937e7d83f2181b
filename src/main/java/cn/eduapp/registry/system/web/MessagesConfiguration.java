package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.MessagesConfiguration;

import java.io.IOException;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** Every module keeps its texts in {@code i18n/<module>.properties}; all are loaded, in Chinese. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    MessageSource messageSource() throws IOException {
        TreeSet<String> baseNames = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = r.getFilename();
            if (name != null) {
                baseNames.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
            }
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(CHINESE);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(CHINESE);
    }
}
