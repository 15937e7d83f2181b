package cn.eduapp.registry.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a provider where it crosses a module (in events and module APIs), so a swapped filing and provider
 * id does not compile. Written as a plain JSON string ({@code "abc"}, not {@code {"value":"abc"}}): events
 * are stored as JSON by the event publication registry and re-read after a restart, so their shape must
 * not change. Views and the HTTP API keep plain strings.
 */
public record ProviderId(String value) {

    public ProviderId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("blank provider id");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ProviderId of(String value) {
        return new ProviderId(value);
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
