package cn.eduapp.registry.publication.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One filing to bring into the read models after a decision at {@code at}, with the kind of feed entry it
 * gives (null: none) and the entry's key (the same decision always gives the same key, so a redelivery or a
 * second event about it adds nothing).
 */
record FilingChange(String filingId, Instant at, @Nullable String kind, String key) {

    static FilingChange of(String filingId, Instant at, String kind, String status) {
        return new FilingChange(filingId, at, kind, filingId + "|" + status + "|" + at);
    }
}
