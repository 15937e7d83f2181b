package cn.eduapp.registry.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The merged texts answer every key exactly as the per-module bundles searched one by one did. */
class MessagesConfigurationTest {

    @Test
    void everyTextIsTheBundlesOwnWithAndWithoutArguments() throws Exception {
        MessageSource merged = new MessagesConfiguration().messageSource();
        MessageSource bundles = bundles();
        Map<String, String> texts = MessagesConfiguration.texts();
        assertThat(texts).hasSizeGreaterThan(1000).containsKeys("app.title", "filing.status.REGISTERED", "common.total");
        Object[] args = {"甲", 2, "丙", "丁"};
        List<String> differing = new ArrayList<>();
        for (String key : texts.keySet()) {
            for (Object[] a : new Object[][] {null, args}) {
                String expected = bundles.getMessage(key, a, Locale.SIMPLIFIED_CHINESE);
                String actual = merged.getMessage(key, a, Locale.SIMPLIFIED_CHINESE);
                if (!expected.equals(actual)) {
                    differing.add(key + ": " + expected + " ≠ " + actual);
                }
            }
        }
        assertThat(differing).isEmpty();
        assertThat(merged.getMessage("no.such.key", null, "缺省", Locale.SIMPLIFIED_CHINESE)).isEqualTo("缺省");
        assertThat(merged.getMessage("common.total", new Object[] {12}, Locale.SIMPLIFIED_CHINESE)).contains("12");
    }

    /** The message source as it was: one bundle per module file, searched in base-name order. */
    private static MessageSource bundles() throws Exception {
        TreeSet<String> baseNames = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = r.getFilename();
            baseNames.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return source;
    }
}
