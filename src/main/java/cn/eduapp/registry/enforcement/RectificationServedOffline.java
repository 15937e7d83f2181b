package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The city recorded an offline service (送达) of a rectification notice; a working-day deadline started then. */
public record RectificationServedOffline(Actor actor, String orderId, FilingId filingId, ProviderId providerId, String documentNumber, Instant servedAt, String method, @Nullable Instant deadline) implements AuditableEvent {
    public String action() { return "RECTIFICATION_SERVED_OFFLINE"; }
    public String entityType() { return "RECTIFICATION"; }
    public String entityId() { return orderId; }
    public String summary() { return "线下送达整改通知书 " + documentNumber + "（" + method + "）" + (deadline == null ? "" : "，整改期限 " + deadline); }
}
