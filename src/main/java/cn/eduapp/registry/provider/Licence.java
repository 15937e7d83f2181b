package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.LicenceType;
import java.time.LocalDate;

public record Licence(String id, LicenceType type, String number, String issuer, LocalDate validFrom,
                      LocalDate validUntil, boolean withdrawn) {

    public LicenceStatus statusOn(LocalDate day) {
        if (withdrawn) {
            return LicenceStatus.WITHDRAWN;
        }
        if (day.isBefore(validFrom)) {
            return LicenceStatus.NOT_YET_VALID;
        }
        return day.isAfter(validUntil) ? LicenceStatus.EXPIRED : LicenceStatus.VALID;
    }

    public boolean validOn(LocalDate day) {
        return statusOn(day) == LicenceStatus.VALID;
    }
}
