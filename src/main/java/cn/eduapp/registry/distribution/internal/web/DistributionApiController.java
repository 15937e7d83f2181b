package cn.eduapp.registry.distribution.internal.web;

import cn.eduapp.registry.distribution.DistributionManagement;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The app-store interface: verify, release reports, and the CAC's alerts. */
@RestController
class DistributionApiController {

    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");
    static final int MAX_IDENTIFIER = 500;

    private final DistributionManagement distribution;

    DistributionApiController(DistributionManagement distribution) {
        this.distribution = distribution;
    }

    record ReleaseRequest(@NotNull(message = "{distribution.platform.required}") PlatformType platform,
                          @NotBlank(message = "{distribution.identifier.required}") @Size(max = MAX_IDENTIFIER) String identifier,
                          @NotBlank(message = "{distribution.version.required}") @Size(max = 100) String version,
                          @NotNull(message = "{distribution.releasedAt.required}") OffsetDateTime releasedAt) {
    }

    /** The hot path: one lookup in the verification index, its answer sent as stored. */
    @GetMapping("/api/v1/verify")
    @AllowedRoles({Role.DISTRIBUTION_PLATFORM, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    ResponseEntity<byte[]> verify(@RequestParam(required = false) @Nullable String platform,
                                  @RequestParam(required = false) @Nullable String identifier,
                                  @RequestParam(required = false) @Nullable String certSha256) {
        PlatformType type = platform(platform);
        if (identifier == null || identifier.isBlank() || identifier.length() > MAX_IDENTIFIER) {
            throw ApiProblem.badField("identifier", identifier == null || identifier.isBlank() ? "REQUIRED" : "INVALID_VALUE",
                    "请提供应用在该平台上的标识（包名、Bundle ID、小程序 AppID 或网址）");
        }
        String cert = null;
        if (certSha256 != null && !certSha256.isBlank()) {
            cert = certSha256.replace(":", "").strip().toLowerCase(Locale.ROOT);
            if (!SHA256.matcher(cert).matches()) {
                throw ApiProblem.badField("certSha256", "INVALID_VALUE", "证书指纹须为 64 位十六进制 SHA-256");
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(distribution.verify(type, identifier, cert));
    }

    @PostMapping("/api/v1/distribution/releases")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.DISTRIBUTION_PLATFORM)
    Map<String, Object> release(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        ReleaseRequest r = body.read(ReleaseRequest.class);
        DistributionManagement.ReleaseResult result = distribution.reportRelease(user, r.platform(), r.identifier().strip(),
                r.version().strip(), r.releasedAt().toInstant());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", result.status());
        answer.put("alertRaised", result.alertRaised());
        return answer;
    }

    @GetMapping("/api/v1/distribution/alerts")
    @AllowedRoles(Role.CAC_OFFICER)
    PageResult<DistributionManagement.Alert> alerts(@RequestParam(required = false) Integer page,
                                                    @RequestParam(required = false) Integer size) {
        return distribution.alerts(PageQuery.of(page, size));
    }

    static PlatformType platform(@Nullable String platform) {
        if (platform == null || platform.isBlank()) {
            throw ApiProblem.badField("platform", "REQUIRED", "请提供平台：ANDROID、IOS、HARMONYOS、MINI_PROGRAM 或 H5");
        }
        try {
            return PlatformType.valueOf(platform.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField("platform", "INVALID_VALUE", "未知的平台：应为 ANDROID、IOS、HARMONYOS、MINI_PROGRAM 或 H5");
        }
    }
}
