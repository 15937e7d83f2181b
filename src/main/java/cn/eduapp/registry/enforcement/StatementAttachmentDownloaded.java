package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** Someone allowed to see the case downloaded a file of the provider's statement (every download is audited). */
public record StatementAttachmentDownloaded(Actor actor, String caseId, String attachmentId, Instant at) implements AuditableEvent {
    public String action() { return "ENFORCEMENT_ATTACHMENT_DOWNLOADED"; }
    public String entityType() { return "ENFORCEMENT_CASE"; }
    public String entityId() { return caseId; }
    public String summary() { return "下载陈述申辩附件 " + attachmentId; }
}
