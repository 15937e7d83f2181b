package cn.eduapp.registry.enforcement;

import java.util.EnumSet;
import java.util.Set;

/**
 * OPEN (waiting for the provider) → RESPONDED (waiting for the city) → CLOSED (accepted) or OPEN again;
 * OPEN past its deadline → OVERDUE; OPEN or RESPONDED → REFUSED (拒不整改). OVERDUE and REFUSED escalate.
 */
public enum RectificationStatus {
    OPEN, RESPONDED, CLOSED, OVERDUE, REFUSED;

    /** Orders that still hold the filing under rectification. */
    public static final Set<RectificationStatus> ACTIVE = EnumSet.of(OPEN, RESPONDED);
}
