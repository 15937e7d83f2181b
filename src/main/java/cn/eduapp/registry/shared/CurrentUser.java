package cn.eduapp.registry.shared;

import java.util.Set;

/** The authenticated caller, whether it came with a bearer token or a page session. */
public record CurrentUser(String accountId, String username, String organisationId, String organisationName,
                          Set<Role> roles) implements java.io.Serializable, java.security.Principal {

    /** The name security records (sessions' principal name, audit): the username. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAgency() {
        return roles.stream().anyMatch(Role::isAgency);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public Actor actor() {
        return new Actor(username, organisationId);
    }
}
