package cn.eduapp.registry.outbox.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Chinese texts of the notices: Thymeleaf text templates under {@code templates/mail/}, the first line
 * the subject, the rest the body. A text engine of its own, so the pages' HTML engine is left as it is.
 */
@Component
public class NoticeTemplates {

    public record Text(String subject, String body) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    NoticeTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    public Text render(String template, Map<String, Object> model) {
        String text = engine.process(template, new Context(Locale.SIMPLIFIED_CHINESE, model)).strip();
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return new Text(text, "");
        }
        return new Text(text.substring(0, newline).strip(), text.substring(newline + 1).strip() + "\n");
    }
}
