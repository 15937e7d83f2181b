package cn.eduapp.registry.provider;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * POST /api/v1/providers/disputes (issue 21): the organisation whose credit code another party holds here, its
 * contact person and why the code is its own; the registration certificate and authorisation letter come as files.
 */
public record ProviderDispute(
        @Nullable @NotBlank(message = "{provider.creditCode.required}") String creditCode,
        @Nullable @NotBlank(message = "{provider.dispute.organisationName.required}") @Size(max = 200) String organisationName,
        @Nullable @NotBlank(message = "{provider.contact.name.required}") @Size(max = 50) String contactName,
        @Nullable @NotBlank(message = "{provider.contact.phone.required}")
        @Pattern(regexp = "^[0-9+\\-() ]{5,20}$", message = "{provider.contact.phone.invalid}") String contactPhone,
        @Nullable @NotBlank(message = "{provider.dispute.contactEmail.required}")
        @Email(message = "{provider.contact.email.invalid}") @Size(max = 100) String contactEmail,
        @Nullable @NotBlank(message = "{provider.dispute.statement.required}") @Size(max = 4000) String statement) {
}
