package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** An app store stayed silent on a takedown notice past registry.enforcement.notice-reminder-after; raised once per store. */
public record TakedownReminderRaised(Actor actor, String noticeId, String filingNumber, String platformId, String platformName, Instant issuedAt, Instant at) implements AuditableEvent {
    public String action() { return "TAKEDOWN_REMINDER_RAISED"; }
    public String entityType() { return "TAKEDOWN_NOTICE"; }
    public String entityId() { return noticeId; }
    public String summary() { return "应用商店 " + platformName + " 逾期未回执下架通知 " + filingNumber; }
}
