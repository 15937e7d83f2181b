package cn.eduapp.registry.usage.internal;

import cn.eduapp.registry.usage.InstitutionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new district, school or unit under the city; {@code districtCode} is the GB/T 2260 code of a district. */
public record CreateInstitution(
        @NotBlank(message = "{institution.name.required}") @Size(max = 100, message = "{institution.name.size}") String name,
        @Nullable String parentId,
        @NotNull(message = "{institution.kind.required}") InstitutionKind kind,
        @Nullable @Pattern(regexp = "^11\\d{4}$", message = "{institution.districtCode.pattern}") String districtCode) {
}
