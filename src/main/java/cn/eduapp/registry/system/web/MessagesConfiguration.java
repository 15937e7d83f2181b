package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.MessagesConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Every module keeps its texts in {@code i18n/<module>.properties}; all are loaded once, in Chinese, into one map.
 * A {@code ResourceBundleMessageSource} over the ~25 files searched them one by one for every text of every page
 * (a tenth of a page's rendering, issue 17); the merged map answers the same texts (the file first in name order
 * wins a key two files share, as the bundle search did) with the same {@code MessageFormat} rules.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    MessageSource messageSource() throws IOException {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessages(texts(), CHINESE);
        return source;
    }

    /** All texts of {@code classpath*:i18n/*.properties} (UTF-8), files in base-name order, the first file's text kept. */
    static Map<String, String> texts() throws IOException {
        TreeMap<String, Resource> files = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = r.getFilename();
            if (name != null) {
                files.putIfAbsent(name.substring(0, name.length() - ".properties".length()), r);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Resource file : files.values()) {
            Properties p = new Properties();
            try (InputStream in = file.getInputStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            p.stringPropertyNames().forEach(key -> texts.putIfAbsent(key, p.getProperty(key)));
        }
        return texts;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(CHINESE);
    }
}
