package cn.eduapp.registry.usage.internal;

import cn.eduapp.registry.shared.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewInstitutionAccount(
        @NotBlank(message = "{institution.username.required}")
        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", message = "{institution.username.pattern}") String username,
        @NotBlank(message = "{institution.password.required}") @Size(max = 200, message = "{institution.password.size}") String password,
        @NotNull(message = "{institution.role.required}") Role role) {
}
