package cn.eduapp.registry.complaint.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code registry.complaints.*}: a complaint is due this many working days after the Beijing day it arrived. */
@Validated
@ConfigurationProperties("registry.complaints")
public record ComplaintSettings(@DefaultValue("15") @Min(1) @Max(120) int dueWorkingDays) {
}
