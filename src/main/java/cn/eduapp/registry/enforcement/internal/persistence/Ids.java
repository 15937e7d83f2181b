package cn.eduapp.registry.enforcement.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the module's repositories share: ids arrive as text from addresses, and one that is no UUID finds nothing
 * (404), never a database error; moments are written as {@link Timestamp}s (null stays null).
 */
final class Ids {

    /** Matches no row: what a filter on a malformed id compares with. */
    static final UUID NONE = new UUID(0, 0);

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

    /** A filter's id: the id itself, or {@link #NONE} when it is no UUID. */
    static UUID orNone(String id) {
        UUID uuid = parse(id);
        return uuid == null ? NONE : uuid;
    }

    /** An optional reference, written as null when absent. */
    static @Nullable UUID uuid(@Nullable String id) {
        return id == null ? null : UUID.fromString(id);
    }

    static @Nullable Timestamp ts(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
