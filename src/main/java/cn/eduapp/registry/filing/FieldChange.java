package cn.eduapp.registry.filing;

import org.jspecify.annotations.Nullable;

/** One field of a declaration that a revision changes. */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
