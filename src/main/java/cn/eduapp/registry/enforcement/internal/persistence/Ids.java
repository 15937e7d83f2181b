package cn.eduapp.registry.enforcement.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Ids arrive as text from addresses: one that is no UUID finds nothing (404), never a database error. */
final class Ids {

    private Ids() {
    }

    static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isUuid(String id) {
        return parse(id) != null;
    }

    static @Nullable Timestamp ts(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
