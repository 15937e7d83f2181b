package cn.eduapp.registry.rules;

import java.util.regex.Pattern;

/** Where an app runs, and what its identifier looks like there. */
public enum PlatformType {
    ANDROID("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+$"),
    IOS("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"),
    HARMONYOS("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+$"),
    MINI_PROGRAM("^[A-Za-z0-9_-]{4,64}$"),
    H5("^https?://[^\\s/$.?#][^\\s]*$");

    private final Pattern identifier;

    PlatformType(String identifier) {
        this.identifier = Pattern.compile(identifier);
    }

    public boolean accepts(String id) {
        return id != null && id.length() <= 500 && identifier.matcher(id).matches();
    }
}
