package cn.eduapp.registry.distribution;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** The CAC created an app store (分发平台) organisation and its API account. */
public record AppStoreCreated(Actor actor, String organisationId, String name, String username) implements AuditableEvent {
    public String action() { return "APP_STORE_CREATED"; }
    public String entityType() { return "ORGANISATION"; }
    public String entityId() { return organisationId; }
    public String summary() { return "新增分发平台 " + name + "，账号 " + username; }
}
