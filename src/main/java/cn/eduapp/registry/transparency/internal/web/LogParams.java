package cn.eduapp.registry.transparency.internal.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The log API's numeric parameters, refused with a Chinese reason naming the parameter. */
@Component
class LogParams {

    private final Messages messages;

    LogParams(Messages messages) {
        this.messages = messages;
    }

    long number(String name, @Nullable String value, long min) {
        if (value == null || value.isBlank()) {
            throw missing(name);
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiProblem.badField(name, "invalid", messages.get("transparency.param.invalid", name, min));
    }

    ApiProblem missing(String name) {
        return ApiProblem.badField(name, "required", messages.get("transparency.param.required", name));
    }

    /** value ≤ limit. */
    void within(String name, long value, long limit) {
        if (value > limit) {
            throw ApiProblem.badField(name, "tooLarge", messages.get("transparency.param.tooLarge", name, limit));
        }
    }

    /** value < limit. */
    void below(String name, long value, long limit) {
        within(name, value, limit - 1);
    }
}
