package cn.eduapp.registry.usage;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

public record InstitutionCreated(Actor actor, String institutionId, String name, InstitutionKind kind,
                                 @Nullable String parentId) implements AuditableEvent {
    public String action() { return "INSTITUTION_CREATED"; }
    public String entityType() { return "INSTITUTION"; }
    public String entityId() { return institutionId; }
    public String summary() { return "新建机构 " + name + "（" + kind + "）"; }
}
