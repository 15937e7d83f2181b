package cn.eduapp.registry.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a provider declares about its app (API.md's {@code app}). A draft needs only the name and one
 * valid platform; everything else may be missing (false, empty) and the pre-check says what that means.
 */
public record Declaration(
        @NotBlank(message = "{app.name.required}") @Size(max = 100, message = "{app.name.size}") String name,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Size(max = 50) String version,
        @NotEmpty(message = "{app.platforms.required}") @Size(max = 10) List<@NotNull @Valid Platform> platforms,
        List<@NotNull Audience> audiences,
        List<@NotNull Scenario> scenarios,
        List<@NotNull Subject> subjects,
        boolean offersSubjectTraining,
        boolean generalPurposeTool,
        @Valid Features features,
        @Valid DataProtection dataProtection,
        @Valid Operations operations,
        @Nullable @Size(max = 50) String icpFilingNumber,
        @Nullable @Size(max = 50) String mlpsFilingNumber,
        @Size(max = 200) List<@NotNull @Valid HostedInstitution> hostedInstitutions) {

    /** A declaration that names no hosted institutions (京教信〔2022〕5号 三（二）). */
    public Declaration(String name, @Nullable String description, @Nullable String version, List<Platform> platforms,
                       List<Audience> audiences, List<Scenario> scenarios, List<Subject> subjects,
                       boolean offersSubjectTraining, boolean generalPurposeTool, Features features,
                       DataProtection dataProtection, Operations operations, @Nullable String icpFilingNumber,
                       @Nullable String mlpsFilingNumber) {
        this(name, description, version, platforms, audiences, scenarios, subjects, offersSubjectTraining,
                generalPurposeTool, features, dataProtection, operations, icpFilingNumber, mlpsFilingNumber, List.of());
    }

    public Declaration {
        hostedInstitutions = hostedInstitutions == null ? List.of() : List.copyOf(hostedInstitutions);
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        features = features == null ? Features.NONE : features;
        dataProtection = dataProtection == null ? DataProtection.NONE : dataProtection;
        operations = operations == null ? Operations.NONE : operations;
    }

    public record Platform(@NotNull(message = "{app.platform.type.required}") PlatformType type,
                           @NotBlank(message = "{app.platform.identifier.required}") String identifier) {

        @JsonIgnore
        @AssertTrue(message = "{app.platform.identifier.invalid}")
        public boolean isIdentifierValid() {
            return type == null || identifier == null || type.accepts(identifier);
        }
    }

    /**
     * An institution (or person) that runs training on the app's platform, with the number of its permit
     * (中小学线上学科培训许可 or 办学许可证), as the provider declares it (京教信〔2022〕5号 三（二）).
     */
    public record HostedInstitution(@NotBlank(message = "{app.hosted.name.required}") @Size(max = 100) String name,
                                    @Nullable @Size(max = 100) String permitNumber) {

        @JsonIgnore
        public boolean permitDeclared() {
            return permitNumber != null && !permitNumber.isBlank();
        }
    }

    public record Features(boolean photoSearch, boolean advertising, boolean gameLinks, boolean hostsThirdPartyTraining,
                           boolean chargesFees) {
        static final Features NONE = new Features(false, false, false, false, false);
    }

    public record DataProtection(boolean collectsPersonalInfo, boolean collectsMinorsInfo, boolean guardianConsent,
                                 @Nullable @Size(max = 500) String privacyPolicyUrl, List<@NotNull DataMeasure> measures,
                                 boolean sellsOrSharesPersonalInfo) {
        static final DataProtection NONE = new DataProtection(false, false, false, null, List.of(), false);

        public DataProtection {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    public record Operations(boolean contentReview, boolean accountManagement, boolean emergencyResponse,
                             boolean staffing, boolean publishedRules, boolean userAgreement,
                             @Nullable @Size(max = 500) String complaintEntryUrl) {
        static final Operations NONE = new Operations(false, false, false, false, false, false, null);
    }
}
