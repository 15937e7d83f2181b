package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.LegalPersonType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** POST /api/v1/providers: the organisation and its first account. */
public record ProviderRegistration(
        @NotBlank(message = "{provider.name.required}") @Size(max = 200) String name,
        @NotBlank(message = "{provider.creditCode.required}") String creditCode,
        @NotNull(message = "{provider.legalPersonType.required}") LegalPersonType legalPersonType,
        @NotNull(message = "{provider.contact.required}") @Valid Contact contact,
        @NotNull(message = "{provider.account.required}") @Valid AccountPart account) {

    public record Contact(
            @NotBlank(message = "{provider.contact.name.required}") @Size(max = 50) String name,
            @NotBlank(message = "{provider.contact.phone.required}")
            @Pattern(regexp = "^[0-9+\\-() ]{5,20}$", message = "{provider.contact.phone.invalid}") String phone,
            @Nullable @Email(message = "{provider.contact.email.invalid}") @Size(max = 100) String email) {
    }

    public record AccountPart(
            @NotBlank(message = "{provider.username.required}")
            @Pattern(regexp = "^[A-Za-z0-9._-]{3,50}$", message = "{provider.username.invalid}") String username,
            @NotBlank(message = "{provider.password.required}") @Size(max = 200) String password) {
    }
}
