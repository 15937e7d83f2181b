package cn.eduapp.registry.rules;

import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.LicenceType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the rules know of the provider on the day of evaluation. */
public record ProviderFacts(String creditCode, LegalPersonType legalPersonType, List<LicenceFact> licences,
                            @Nullable LocalDate bannedUntil) {

    public record LicenceFact(LicenceType type, LocalDate validFrom, LocalDate validUntil, boolean withdrawn) {

        /** A licence counts when validFrom ≤ day ≤ validUntil and it is not withdrawn (DOMAIN.md). */
        public boolean validOn(LocalDate day) {
            return !withdrawn && !day.isBefore(validFrom) && !day.isAfter(validUntil);
        }
    }

    public boolean holdsValid(LicenceType type, LocalDate day) {
        for (LicenceFact l : licences) {
            if (l.type() == type && l.validOn(day)) {
                return true;
            }
        }
        return false;
    }
}
