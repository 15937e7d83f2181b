package cn.eduapp.registry.identity.internal.domain;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as stored: its password hash, roles, state and the counters of the lockout. */
public record StoredAccount(String id, String organisationId, String organisationName, String username,
                            String passwordHash, Set<Role> roles, boolean enabled, Instant passwordChangedAt,
                            int failedAttempts, @Nullable Instant firstFailedAt, @Nullable Instant lockedUntil) {

    /** The mark of a password set by someone else, which its holder must change before anything else. */
    public static final Instant FIRST_PASSWORD = Instant.EPOCH;

    public boolean staff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** Its password was set by someone else (marked with the epoch) and must be changed before anything else. */
    public boolean firstPassword() {
        return FIRST_PASSWORD.equals(passwordChangedAt);
    }

    public CurrentUser currentUser() {
        return new CurrentUser(id, username, organisationId, organisationName, roles);
    }
}
