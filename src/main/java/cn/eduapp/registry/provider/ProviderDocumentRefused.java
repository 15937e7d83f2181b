package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/** A download of a verification document was refused (404: another party, or no such document). */
public record ProviderDocumentRefused(Actor actor, String providerId, String documentId) implements AuditableEvent {
    public String action() { return "PROVIDER_DOCUMENT_REFUSED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId; }
    public String summary() { return "拒绝下载核验材料 " + documentId + "（无权查看或不存在）"; }
}
