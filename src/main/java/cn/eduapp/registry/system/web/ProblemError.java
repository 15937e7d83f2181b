package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ProblemError;

import org.jspecify.annotations.Nullable;

/** One entry of a problem's {@code errors}: the field (or null), the code, a Chinese message. */
public record ProblemError(@Nullable String field, String code, String message) implements java.io.Serializable {

    /**
     * The field a Bean Validation path names. A cross-field check written as {@code @AssertTrue isXValid()}
     * reports on field {@code x}, where the person has to correct it.
     */
    public static String fieldOf(String propertyPath) {
        return propertyPath.endsWith("Valid") ? propertyPath.substring(0, propertyPath.length() - "Valid".length())
                : propertyPath;
    }
}
