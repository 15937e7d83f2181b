package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.LicenceType;

/** The issuing authority withdrew a licence; the city recorded it with the reason. */
public record LicenceWithdrawn(Actor actor, String providerId, String licenceId, LicenceType type, String number,
                               String reason) implements AuditableEvent {
    public String action() { return "LICENCE_WITHDRAWN"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId; }
    public String summary() { return "证照被撤销 " + type + " " + number + "：" + reason; }
}
