package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.system.operations.RegistrySettings;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.rules.*}: how long the rule-set catalog trusts what it read before it asks the database again
 * (another instance's publication), and the directory polled for rule-set files ({@code registry.data-dir}/rule-sets
 * unless set; the poll interval {@code directory-poll} is read by the scheduler).
 */
@Validated
@ConfigurationProperties("registry.rules")
public record RulesSettings(@DefaultValue("PT5S") @NotNull Duration cacheTtl, @Nullable String directory,
                            @DefaultValue("PT1M") @NotNull Duration directoryPoll) {

    /** The directory polled for rule-set files. */
    public String directory(RegistrySettings registry) {
        return directory != null ? directory : registry.dataDir() + "/rule-sets";
    }
}
