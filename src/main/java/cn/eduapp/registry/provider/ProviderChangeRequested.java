package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

/** A provider asked to change its particulars ({@code kind} CHANGE) or to close (CLOSURE); the city decides. */
public record ProviderChangeRequested(Actor actor, String requestId, ProviderId providerId, String kind) implements AuditableEvent {
    public String action() { return "PROVIDER_CHANGE_REQUESTED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() { return "CLOSURE".equals(kind) ? "申请注销单位" : "申请变更单位信息"; }
}
