package cn.eduapp.registry.filing;

import java.util.EnumSet;
import java.util.Set;

/** A proposed change's own life; the filing stays REGISTERED (or under rectification) meanwhile. */
public enum RevisionStatus {
    DRAFT, CITY_REVIEW, RETURNED, APPROVED, REJECTED;

    public static final Set<RevisionStatus> OPEN = EnumSet.of(DRAFT, CITY_REVIEW, RETURNED);
    public static final Set<RevisionStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);
}
