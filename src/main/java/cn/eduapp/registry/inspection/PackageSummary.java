package cn.eduapp.registry.inspection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One upload in a filing's list of packages. */
public record PackageSummary(String id, String sha256, long size, @Nullable String fileName, String packageName,
                             @Nullable String versionName, @Nullable Long versionCode, Instant uploadedAt) {
}
