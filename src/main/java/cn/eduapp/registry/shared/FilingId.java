package cn.eduapp.registry.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a filing where it crosses a module (in events and module APIs), so a swapped filing and provider
 * id does not compile. Written as a plain JSON string ({@code "abc"}, not {@code {"value":"abc"}}): events
 * are stored as JSON by the event publication registry and re-read after a restart, so their shape must
 * not change. Views and the HTTP API keep plain strings.
 */
public record FilingId(String value) {

    public FilingId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("blank filing id");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FilingId of(String value) {
        return new FilingId(value);
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
