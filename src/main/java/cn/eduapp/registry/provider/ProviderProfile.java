package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.RegistrationAuthority;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A provider's profile as the provider itself and agencies see it. */
public record ProviderProfile(String id, String name, String creditCode, LegalPersonType legalPersonType,
                              RegistrationAuthority registrationAuthority, String region, String status,
                              @Nullable String contactName, @Nullable String contactPhone, @Nullable String contactEmail,
                              @Nullable LocalDate bannedUntil, List<LicenceView> licences) {

    /** {@code withdrawal}: for a WITHDRAWN licence, whether it was 撤销, 吊销 or 注销. */
    public record LicenceView(String id, String type, String number, String issuer, LocalDate validFrom,
                              LocalDate validUntil, LicenceStatus status, @Nullable LicenceWithdrawal withdrawal) {
    }
}
