package cn.eduapp.registry.distribution;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** The CAC revoked an app store's access: its accounts are disabled and its tokens stop working. */
public record AppStoreRevoked(Actor actor, String organisationId, String name) implements AuditableEvent {
    public String action() { return "APP_STORE_REVOKED"; }
    public String entityType() { return "ORGANISATION"; }
    public String entityId() { return organisationId; }
    public String summary() { return "停用分发平台 " + name; }
}
