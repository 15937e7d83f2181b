package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

/** A city reviewer downloaded a disputant's document. */
public record ProviderDisputeDocumentDownloaded(Actor actor, String disputeId, String documentId, ProviderId providerId)
        implements AuditableEvent {
    public String action() { return "PROVIDER_DISPUTE_DOCUMENT_DOWNLOADED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "下载单位身份争议材料 " + documentId + "（争议 " + disputeId + "）"; }
}
