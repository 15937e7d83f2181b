package cn.eduapp.registry.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.bootstrap.*}: the first 市教委 account of a new deployment (both empty: none). See
 * {@link AgencyBootstrap}.
 */
@Validated
@ConfigurationProperties("registry.bootstrap")
public record BootstrapSettings(@Nullable String username, @Nullable String password) {

    /** Both are set: the account is to be created unless it exists. */
    boolean given() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
