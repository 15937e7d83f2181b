package cn.eduapp.registry.identity;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.Role;

/** An account for an agency's staff member, made by the city (or at start-up by registry.bootstrap.*). */
public record AgencyAccountCreated(Actor actor, String accountId, String username, Role role) implements AuditableEvent {
    public String action() { return "AGENCY_ACCOUNT_CREATED"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "创建机关账号 " + username + "（" + role.name() + "）"; }
}
