package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.Messages;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chinese texts by key, for code that is not a template. */
@Component
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
