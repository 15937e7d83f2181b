package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.CreditCode;
import cn.eduapp.registry.shared.LegalPersonType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the pre-check needs of a provider: its identity, licences and any running ban. */
public record ProviderSnapshot(String id, String name, CreditCode creditCode, LegalPersonType legalPersonType,
                               List<Licence> licences, @Nullable LocalDate bannedUntil) {

    /** Banned while today is before banUntil (API.md). */
    public boolean bannedOn(LocalDate day) {
        return bannedUntil != null && day.isBefore(bannedUntil);
    }
}
