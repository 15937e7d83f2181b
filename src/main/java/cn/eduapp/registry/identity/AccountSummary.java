package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Role;
import java.util.Set;

/** An account as other modules may list it: never its password hash. */
public record AccountSummary(String id, String organisationId, String username, Set<Role> roles, boolean enabled) {
}
