package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Role;
import java.util.Set;

/** An account to create under an organisation; the password must pass the policy. */
public record NewAccount(String organisationId, String username, String password, Set<Role> roles) {
}
