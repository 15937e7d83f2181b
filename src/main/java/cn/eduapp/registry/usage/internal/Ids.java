package cn.eduapp.registry.usage.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Ids from the outside are opaque strings: one that is not a UUID simply names nothing (404). */
public final class Ids {

    private Ids() {
    }

    public static @Nullable UUID parse(@Nullable String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static @Nullable UUID uuid(@Nullable String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
