package cn.eduapp.registry.filing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A filing as listings, notices and orders name it: number, status, app name and where it is published,
 * without the declaration's types (modules that only name apps need not depend on rules).
 */
public record FilingListing(String id, FilingStatus status, @Nullable String filingNumber, String appName,
                            String providerId, String providerName, List<Platform> platforms,
                            @Nullable Instant submittedAt) {

    public record Platform(String type, String identifier) {
    }

    static FilingListing of(FilingView f) {
        return new FilingListing(f.id(), f.status(), f.filingNumber(), f.app().name(), f.provider().id(),
                f.provider().name(), f.app().platforms().stream().map(p -> new Platform(p.type().name(), p.identifier()))
                .toList(), f.submittedAt());
    }
}
