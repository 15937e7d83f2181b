package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.NavGroup;
import cn.eduapp.registry.system.web.NavItem;

import cn.eduapp.registry.shared.Role;
import java.util.Set;

/**
 * One entry of the page header's navigation, contributed by a module as a bean, under the task it serves.
 * No roles: shown to everyone, signed in or not.
 */
public record NavItem(NavGroup group, String labelKey, String href, int order, Set<Role> roles) {

    public static NavItem forAll(NavGroup group, String labelKey, String href, int order) {
        return new NavItem(group, labelKey, href, order, Set.of());
    }

    public static NavItem forRoles(NavGroup group, String labelKey, String href, int order, Role... roles) {
        return new NavItem(group, labelKey, href, order, Set.of(roles));
    }
}
