package cn.eduapp.registry.inspection.internal;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code registry.inspection.*}: the bounds a package must keep ({@link cn.eduapp.registry.inspection.internal.apk.InspectionLimits} says why each is what
 * it is) and how many inspections run at once ({@code threads}) or wait ({@code queue}), each at most
 * {@code timeout}.
 */
@Validated
@ConfigurationProperties("registry.inspection")
public record InspectionSettings(@DefaultValue("500MB") DataSize maxPackageSize,
                                 @DefaultValue("2GB") DataSize maxUncompressedSize,
                                 @DefaultValue("64MB") DataSize maxEntrySize,
                                 @DefaultValue("200") @Positive int maxCompressionRatio,
                                 @DefaultValue("50000") @Positive int maxEntries,
                                 @DefaultValue("2") @Positive int threads,
                                 @DefaultValue("8") @Positive int queue,
                                 @DefaultValue("PT120S") Duration timeout) {
}
