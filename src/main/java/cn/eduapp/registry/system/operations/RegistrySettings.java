package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.RegistrySettings;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings every module may read ({@code registry.*}): where the service keeps its files, the address the
 * public reaches it at, and whether it runs as the demo. A module's own settings are a record of its own
 * ({@code registry.<module>.*}) next to the code that uses them; both are checked when the service starts.
 */
@Validated
@ConfigurationProperties("registry")
public record RegistrySettings(@DefaultValue("./data") @NotBlank String dataDir,
                               @DefaultValue("http://localhost:8080") URI publicBaseUrl,
                               @DefaultValue("false") boolean demo) {
}
