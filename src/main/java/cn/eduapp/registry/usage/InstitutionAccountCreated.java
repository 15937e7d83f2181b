package cn.eduapp.registry.usage;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.Role;

/** A district or the city created an account for an institution below it (never the password). */
public record InstitutionAccountCreated(Actor actor, String institutionId, String accountId, String username, Role role)
        implements AuditableEvent {
    public String action() { return "INSTITUTION_ACCOUNT_CREATED"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() { return "为机构创建账号 " + username + "（" + role + "）"; }
}
