package cn.eduapp.registry.filing;

import java.util.EnumSet;
import java.util.Set;

public enum FilingStatus {
    DRAFT, CITY_REVIEW, RETURNED, MOE_REVIEW, REGISTERED, REJECTED, UNDER_RECTIFICATION, REVOKED, CANCELLED;

    /** A provider may edit its declaration only before review or after it came back. */
    public static final Set<FilingStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);
    /** 注销: every live filing but one under rectification. */
    public static final Set<FilingStatus> CANCELLABLE = EnumSet.of(DRAFT, RETURNED, CITY_REVIEW, MOE_REVIEW, REGISTERED);
}
