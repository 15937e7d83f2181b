package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.shared.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

record StoredAccount(String id, String organisationId, String organisationName, String username, String passwordHash,
                     Set<Role> roles, boolean enabled, Instant passwordChangedAt, int failedAttempts,
                     @Nullable Instant firstFailedAt, @Nullable Instant lockedUntil) {
}
