package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import java.util.List;

/** A takedown notice went to every app store (by the CAC or CA, or on its own with a revocation or blacklisting). */
public record TakedownNoticeIssued(Actor actor, String noticeId, String filingNumber, String cause, String reason, List<String> platformIds, Instant at) implements AuditableEvent {
    public String action() { return "TAKEDOWN_NOTICE_ISSUED"; }
    public String entityType() { return "TAKEDOWN_NOTICE"; }
    public String entityId() { return noticeId; }
    public String summary() { return "下架通知 " + filingNumber + "：" + reason; }
}
