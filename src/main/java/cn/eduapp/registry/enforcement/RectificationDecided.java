package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The city decided on the provider's answer: accepted (filing REGISTERED again) or reopened. */
public record RectificationDecided(Actor actor, String orderId, FilingId filingId, ProviderId providerId, boolean accepted, @Nullable String comment, Instant deadline, Instant at) implements AuditableEvent {
    public String action() { return "RECTIFICATION_DECIDED"; }
    public String entityType() { return "RECTIFICATION"; }
    public String entityId() { return orderId; }
    public String summary() { return (accepted ? "整改通过" : "整改未通过，重新整改至 " + deadline) + (comment == null ? "" : "：" + comment); }
}
