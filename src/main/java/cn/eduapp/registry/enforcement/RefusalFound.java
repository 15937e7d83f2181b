package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The city found 拒不整改, with its evidence. */
public record RefusalFound(Actor actor, String orderId, FilingId filingId, ProviderId providerId, @Nullable String filingNumber, String evidence, Instant at) implements AuditableEvent {
    public String action() { return "RECTIFICATION_REFUSAL_FOUND"; }
    public String entityType() { return "RECTIFICATION"; }
    public String entityId() { return orderId; }
    public String summary() { return "市教委认定拒不整改：" + evidence; }
}
