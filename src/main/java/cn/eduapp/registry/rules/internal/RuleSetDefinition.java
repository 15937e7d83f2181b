package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Subject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule-set version as data: the JSON a classpath file, a dropped file or {@code POST /api/v1/rule-sets}
 * carries, and what the database keeps. Everything a new notice would change lives here; the logic stays
 * in {@link RuleEngine}.
 */
public record RuleSetDefinition(
        @NotBlank(message = "{rules.version.required}")
        @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z._-]{0,31}", message = "{rules.version.invalid}") String version,
        @NotNull(message = "{rules.effectiveFrom.required}") LocalDate effectiveFrom,
        @Nullable @Size(max = 200, message = "{rules.title.size}") String title,
        @NotNull(message = "{rules.parameters.required}") @Valid Parameters parameters,
        @NotEmpty(message = "{rules.rules.required}") @Size(max = 100) List<@NotNull @Valid RuleDefinition> rules) {

    public RuleSetDefinition {
        title = title == null ? "" : title;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * The subject list S, the school-age (中小学) stages, Beijing's division prefix (单位属地备案), the
     * ICP and MLPS number formats, and which first characters of a credit code mean civil affairs (民政).
     */
    public record Parameters(
            @NotEmpty(message = "{rules.subjects.required}") List<@NotNull Subject> subjects,
            @NotEmpty(message = "{rules.schoolAge.required}") List<@NotNull Audience> schoolAgeAudiences,
            @NotNull(message = "{rules.region.invalid}") @Pattern(regexp = "\\d{2,6}", message = "{rules.region.invalid}")
            String jurisdictionRegionPrefix,
            @NotBlank(message = "{rules.pattern.required}") @Size(max = 500) String icpPattern,
            @NotBlank(message = "{rules.pattern.required}") @Size(max = 500) String mlpsPattern,
            @Nullable List<@NotNull @Pattern(regexp = "[0-9A-Z]", message = "{rules.authority.invalid}") String>
                    civilAffairsAuthorityCodes) {

        public Parameters {
            subjects = subjects == null ? List.of() : List.copyOf(subjects);
            schoolAgeAudiences = schoolAgeAudiences == null ? List.of() : List.copyOf(schoolAgeAudiences);
            civilAffairsAuthorityCodes = civilAffairsAuthorityCodes == null ? List.of("5")
                    : List.copyOf(civilAffairsAuthorityCodes);
        }
    }
}
