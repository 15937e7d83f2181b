package cn.eduapp.registry.system.operations;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Events ({@code registry.events.*}): a publication still incomplete after {@code redeliver-after} is sent again. */
@Validated
@ConfigurationProperties("registry.events")
public record EventSettings(@DefaultValue("PT5M") @NotNull Duration redeliverAfter) {
}
