package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;
import org.jspecify.annotations.Nullable;

/** The city approved or rejected a provider's change or closure request. */
public record ProviderChangeDecided(Actor actor, String requestId, ProviderId providerId, String kind, boolean approved,
                                    @Nullable String comment) implements AuditableEvent {
    public String action() { return "PROVIDER_CHANGE_DECIDED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() {
        return ("CLOSURE".equals(kind) ? "单位注销申请" : "单位变更申请") + (approved ? "已批准" : "未批准")
                + (comment == null || comment.isBlank() ? "" : "：" + comment);
    }
}
