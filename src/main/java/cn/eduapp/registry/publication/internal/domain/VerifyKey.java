package cn.eduapp.registry.publication.internal.domain;

/** A platform + identifier verify is asked about; keys are locked, re-indexed and written in this order. */
public record VerifyKey(String platform, String identifier) implements Comparable<VerifyKey> {

    @Override
    public int compareTo(VerifyKey o) {
        int c = platform.compareTo(o.platform);
        return c != 0 ? c : identifier.compareTo(o.identifier);
    }
}
