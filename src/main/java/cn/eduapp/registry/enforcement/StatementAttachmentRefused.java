package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;

/** A download of a statement attachment was refused (404: another provider's case, or no such file). */
public record StatementAttachmentRefused(Actor actor, String caseId, String attachmentId, Instant at) implements AuditableEvent {
    public String action() { return "ENFORCEMENT_ATTACHMENT_REFUSED"; }
    public String entityType() { return "ENFORCEMENT_CASE"; }
    public String entityId() { return caseId; }
    public String summary() { return "拒绝下载陈述申辩附件 " + attachmentId + "（无权查看或不存在）"; }
}
