package cn.eduapp.registry.filing;

import cn.eduapp.registry.rules.Category;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of a filing list. */
public record FilingSummary(String id, FilingStatus status, @Nullable String filingNumber, @Nullable Category category,
                            String appName, FilingView.ProviderRef provider, Instant createdAt,
                            @Nullable Instant submittedAt, @Nullable Instant registeredAt) {
}
