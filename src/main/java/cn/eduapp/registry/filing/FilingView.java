package cn.eduapp.registry.filing;

import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PrecheckResult;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A filing as API.md's GET /api/v1/filings/{id} shows it. */
public record FilingView(String id, FilingStatus status, @Nullable String filingNumber, @Nullable Category category,
                         ProviderRef provider, Declaration app, @Nullable PrecheckResult precheck,
                         List<HistoryEntry> history, Instant createdAt, @Nullable Instant submittedAt,
                         @Nullable Instant registeredAt, @Nullable Instant revokedAt, int version,
                         @Nullable RevisionView pendingRevision) {

    public record ProviderRef(String id, String name) {
    }
}
