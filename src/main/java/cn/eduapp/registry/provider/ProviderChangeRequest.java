package cn.eduapp.registry.provider;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** POST /api/v1/providers/{id}/change-requests: the particulars to change (at least one), and why. */
public record ProviderChangeRequest(@Nullable @Size(max = 200) String name,
                                    @Nullable @Size(max = 50) String legalRepresentative,
                                    @Nullable @Size(max = 200) String address,
                                    @Valid ProviderRegistration.@Nullable Contact contact,
                                    @Nullable @Size(max = 1000) String reason) {
}
