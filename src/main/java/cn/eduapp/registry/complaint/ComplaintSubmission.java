package cn.eduapp.registry.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a complainant sends (API.md): {@code identifier} and {@code contact} are optional. */
public record ComplaintSubmission(
        @NotNull(message = "{complaint.category.required}") @Nullable ComplaintCategory category,
        @NotBlank(message = "{complaint.appName.required}") @Size(max = 200, message = "{complaint.appName.size}") @Nullable String appName,
        @Size(max = 500, message = "{complaint.identifier.size}") @Nullable String identifier,
        @NotBlank(message = "{complaint.description.required}") @Size(max = 5000, message = "{complaint.description.size}") @Nullable String description,
        @Valid @Nullable Contact contact) {

    /** How the agency may reach the complainant; every part optional, all encrypted at rest. */
    public record Contact(
            @Size(max = 100, message = "{complaint.contact.name.size}") @Nullable String name,
            @Pattern(regexp = "^[0-9+()\\- ]{5,30}$", message = "{complaint.contact.phone.invalid}") @Nullable String phone,
            @Email(message = "{complaint.contact.email.invalid}") @Size(max = 200, message = "{complaint.contact.email.invalid}") @Nullable String email) {

        public boolean isEmpty() {
            return blank(name) && blank(phone) && blank(email);
        }

        private static boolean blank(@Nullable String s) {
            return s == null || s.isBlank();
        }
    }
}
