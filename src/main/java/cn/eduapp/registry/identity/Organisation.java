package cn.eduapp.registry.identity;

import org.jspecify.annotations.Nullable;

/** An organisation as other modules see it. */
public record Organisation(String id, OrganisationKind kind, String name, @Nullable String parentId) {
}
