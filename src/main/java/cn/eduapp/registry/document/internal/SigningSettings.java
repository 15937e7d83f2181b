package cn.eduapp.registry.document.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.signing.*}: a PKCS#12 keystore holding the documents' signing key and its password; without one the
 * platform makes its own key once and keeps it (encrypted) in the database.
 */
@Validated
@ConfigurationProperties("registry.signing")
public record SigningSettings(@Nullable Resource keystore, @DefaultValue("") String keystorePassword) {
}
