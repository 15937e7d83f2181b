package cn.eduapp.registry.shared;

import java.util.EnumSet;
import java.util.Set;

/** The parties of the notice. Agencies decide; institutions use apps; app stores are machine clients. */
public enum Role {
    PROVIDER, CITY_REVIEWER, MOE_REVIEWER, CA_OFFICER, CAC_OFFICER, DISTRICT_ADMIN, SCHOOL_ADMIN, DISTRIBUTION_PLATFORM;

    public static final Set<Role> AGENCIES = EnumSet.of(CITY_REVIEWER, MOE_REVIEWER, CA_OFFICER, CAC_OFFICER);
    public static final Set<Role> INSTITUTIONS = EnumSet.of(DISTRICT_ADMIN, SCHOOL_ADMIN);

    public boolean isAgency() {
        return AGENCIES.contains(this);
    }

    /** Agency and institution staff sessions end after 15 idle minutes (等保 三级). */
    public boolean isStaff() {
        return AGENCIES.contains(this) || INSTITUTIONS.contains(this);
    }
}
