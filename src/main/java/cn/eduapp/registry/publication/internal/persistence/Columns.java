package cn.eduapp.registry.publication.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A nullable time as the batch writes of the public read models pass it; rows are read with {@code Rows.of}. */
final class Columns {

    private Columns() {
    }

    static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
