package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.LicenceType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** {@code withdrawal}: how a withdrawn licence stopped counting (撤销、吊销 or 注销), null while it was not. */
public record Licence(String id, LicenceType type, String number, String issuer, LocalDate validFrom,
                      LocalDate validUntil, boolean withdrawn, @Nullable LicenceWithdrawal withdrawal) {

    public Licence(String id, LicenceType type, String number, String issuer, LocalDate validFrom,
                   LocalDate validUntil, boolean withdrawn) {
        this(id, type, number, issuer, validFrom, validUntil, withdrawn, withdrawn ? LicenceWithdrawal.RESCINDED : null);
    }

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
