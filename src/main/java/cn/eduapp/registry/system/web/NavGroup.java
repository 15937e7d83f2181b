package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.NavGroup;

/** The tasks the navigation is grouped by, in the header's order; each label is {@code nav.group.<name>}. */
public enum NavGroup {
    FILING, REVIEW, SUPERVISION, USAGE, COMPLAINTS, PUBLIC, SYSTEM;

    public String labelKey() {
        return "nav.group." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
