package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** A download of a dispute document was refused (404: no such dispute or document). */
public record ProviderDisputeDocumentRefused(Actor actor, String disputeId, String documentId) implements AuditableEvent {
    public String action() { return "PROVIDER_DISPUTE_DOCUMENT_REFUSED"; }
    public String entityType() { return "PROVIDER_DISPUTE"; }
    public String entityId() { return disputeId; }
    public String summary() { return "拒绝下载单位身份争议材料 " + documentId + "（不存在）"; }
}
