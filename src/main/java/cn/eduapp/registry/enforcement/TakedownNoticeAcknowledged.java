package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** An app store acknowledged a takedown notice: REMOVED or NOT_LISTED. */
public record TakedownNoticeAcknowledged(Actor actor, String noticeId, String platformId, String action, Instant at) implements AuditableEvent {
    public String action() { return "TAKEDOWN_NOTICE_ACKNOWLEDGED"; }
    public String entityType() { return "TAKEDOWN_NOTICE"; }
    public String entityId() { return noticeId; }
    public String summary() { return "应用商店回执：" + action; }
}
