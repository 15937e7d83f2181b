package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

/** The provider itself or a city reviewer downloaded a verification document (every download is audited). */
public record ProviderDocumentDownloaded(Actor actor, ProviderId providerId, String documentId) implements AuditableEvent {
    public String action() { return "PROVIDER_DOCUMENT_DOWNLOADED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "下载核验材料 " + documentId; }
}
