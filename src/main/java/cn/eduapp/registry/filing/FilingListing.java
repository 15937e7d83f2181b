package cn.eduapp.registry.filing;

import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A filing as listings, notices, orders and the public lists name it: number, status, app name, category
 * and where it is published, without the declaration's types (modules that only name apps need not depend
 * on rules).
 */
public record FilingListing(String id, FilingStatus status, @Nullable String filingNumber, String appName,
                            String providerId, String providerName, @Nullable String category, List<Platform> platforms,
                            @Nullable Instant submittedAt, @Nullable Instant registeredAt, @Nullable Instant revokedAt,
                            boolean chargesFees) {

    public record Platform(String type, String identifier) {
    }

    static FilingListing of(String id, FilingStatus status, @Nullable String filingNumber, String providerId,
                            String providerName, @Nullable Category category, Declaration app, @Nullable Instant submittedAt,
                            @Nullable Instant registeredAt, @Nullable Instant revokedAt) {
        return new FilingListing(id, status, filingNumber, app.name(), providerId, providerName,
                category == null ? null : category.name(),
                app.platforms().stream().map(p -> new Platform(p.type().name(), p.identifier())).distinct().toList(),
                submittedAt, registeredAt, revokedAt, app.features().chargesFees());
    }
}
