package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** 四(二): the communications administration ordered ICP rectification or shutdown of an app. */
public record IcpOrderIssued(Actor actor, String orderId, FilingId filingId, @Nullable String filingNumber, String kind, String reason, @Nullable Instant deadline) implements AuditableEvent {
    public String action() { return "ICP_ORDER_ISSUED"; }
    public String entityType() { return "ICP_ORDER"; }
    public String entityId() { return orderId; }
    public String summary() { return ("SHUTDOWN".equals(kind) ? "ICP 责令关闭：" : "ICP 责令限期改正：") + reason; }
}
