package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.LicenceType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** POST /api/v1/providers/{id}/licences. */
public record LicenceInput(
        @NotNull(message = "{licence.type.required}") LicenceType type,
        @NotBlank(message = "{licence.number.required}") @Size(max = 50) String number,
        @NotBlank(message = "{licence.issuer.required}") @Size(max = 100) String issuer,
        @NotNull(message = "{licence.validFrom.required}") LocalDate validFrom,
        @NotNull(message = "{licence.validUntil.required}") LocalDate validUntil) {
}
