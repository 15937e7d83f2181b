package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 等保 三级 composition rules (DOMAIN.md): at least 12 characters from at least 3 of the 4 classes, not
 * the username, not a common password. Where ASVS advises against composition rules, 等保 wins here.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private final Messages messages;
    private final Set<String> common;

    PasswordPolicy(Messages messages) throws IOException {
        this.messages = messages;
        try (InputStream in = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
            this.common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
    }

    public List<ProblemError> check(String field, String username, String password) {
        List<ProblemError> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(error(field, "PASSWORD_TOO_SHORT", "identity.password.tooShort", MIN_LENGTH));
            if (password == null) {
                return problems;
            }
        }
        if (classes(password) < 3) {
            problems.add(error(field, "PASSWORD_TOO_SIMPLE", "identity.password.classes"));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(error(field, "PASSWORD_CONTAINS_USERNAME", "identity.password.username"));
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add(error(field, "PASSWORD_COMMON", "identity.password.common"));
        }
        return problems;
    }

    static int classes(String password) {
        boolean upper = false, lower = false, digit = false, symbol = false;
        for (char c : password.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private ProblemError error(String field, String code, String key, Object... args) {
        return new ProblemError(field, code, messages.get(key, args));
    }
}
