package cn.eduapp.registry.national;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The mirror sync as the city sees it: where it resumes ({@code cursor}), when it last ran and last succeeded,
 * what the last run fetched, upserted and skipped (Beijing's own), the last error, and how many apps are mirrored.
 */
public record NationalSyncState(@Nullable String cursor, @Nullable Instant lastRunAt, @Nullable Instant lastSuccessAt,
                                int lastFetched, int lastUpserted, int lastSkipped, @Nullable String lastError,
                                @Nullable Instant lastErrorAt, long mirrored) {
}
