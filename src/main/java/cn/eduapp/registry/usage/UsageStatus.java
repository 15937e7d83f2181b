package cn.eduapp.registry.usage;

import java.util.EnumSet;
import java.util.Set;

/** A use filing is live until the institution ends it; ACTION_REQUIRED when its app went wrong. */
public enum UsageStatus {
    ACTIVE, ACTION_REQUIRED, ENDED;

    public static final Set<UsageStatus> LIVE = EnumSet.of(ACTIVE, ACTION_REQUIRED);
}
