package cn.eduapp.registry.usage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An institution with a live use filing of an app, since its first filing (API.md exposure item). */
public record InstitutionUsingApp(String institutionId, String name, @Nullable String district, Instant since) {
}
