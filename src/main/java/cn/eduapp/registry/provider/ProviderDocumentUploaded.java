package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

/** A provider uploaded a document for its verification (kept with its SHA-256). */
public record ProviderDocumentUploaded(Actor actor, ProviderId providerId, String documentId, ProviderDocumentKind kind, String sha256) implements AuditableEvent {
    public String action() { return "PROVIDER_DOCUMENT_UPLOADED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() {
        String what = kind == ProviderDocumentKind.REGISTRATION_CERTIFICATE ? "营业执照或登记证书" : "授权委托书";
        return "上传核验材料（" + what + "）" + documentId;
    }
}
