package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.shared.ProviderId;

/** A licence was 撤销, 吊销 or 注销 ({@code kind}); the city recorded it with the reason. */
public record LicenceWithdrawn(Actor actor, ProviderId providerId, String licenceId, LicenceType type, String number,
                               String reason, LicenceWithdrawal kind) implements AuditableEvent {

    public LicenceWithdrawn(Actor actor, ProviderId providerId, String licenceId, LicenceType type, String number, String reason) {
        this(actor, providerId, licenceId, type, number, reason, LicenceWithdrawal.RESCINDED);
    }

    public String action() { return "LICENCE_WITHDRAWN"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() {
        String what = switch (kind) {
            case RESCINDED -> "撤销";
            case REVOKED -> "吊销";
            case CANCELLED -> "注销";
        };
        return "证照被" + what + " " + number + "：" + reason;
    }
}
