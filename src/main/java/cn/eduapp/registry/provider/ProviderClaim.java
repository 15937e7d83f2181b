package cn.eduapp.registry.provider;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/v1/providers/claims: an imported provider's credit code, the claim code the city gave, the first account. */
public record ProviderClaim(
        @NotBlank(message = "{provider.creditCode.required}") @Size(max = 18) String creditCode,
        @NotBlank(message = "{provider.claim.code.required}") @Size(max = 64) String claimCode,
        @NotBlank(message = "{provider.username.required}")
        @jakarta.validation.constraints.Pattern(regexp = "^[A-Za-z0-9._-]{3,50}$", message = "{provider.username.invalid}")
        String username,
        @NotBlank(message = "{provider.password.required}") @Size(max = 200) String password,
        @NotNull(message = "{provider.contact.required}") @Valid ProviderRegistration.Contact contact) {
}
