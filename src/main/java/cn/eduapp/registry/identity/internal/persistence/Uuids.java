package cn.eduapp.registry.identity.internal.persistence;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public final class Uuids {

    private Uuids() {
    }

    /** Ids are opaque to clients: one that is not ours simply finds nothing. */
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
}
