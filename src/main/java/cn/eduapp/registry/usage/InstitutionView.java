package cn.eduapp.registry.usage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An institution: its kind, its parent organisation and its district (a district is its own district). */
public record InstitutionView(String id, String name, InstitutionKind kind, @Nullable String parentId,
                              @Nullable String districtId, @Nullable String districtName, @Nullable String districtCode,
                              Instant createdAt) {
}
