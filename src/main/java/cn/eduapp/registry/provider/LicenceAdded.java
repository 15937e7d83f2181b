package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.shared.ProviderId;

public record LicenceAdded(Actor actor, ProviderId providerId, String licenceId, LicenceType type, String number)
        implements AuditableEvent {
    public String action() { return "LICENCE_ADDED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "添加证照 " + type + " " + number; }
}
