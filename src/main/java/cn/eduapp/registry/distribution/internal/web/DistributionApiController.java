package cn.eduapp.registry.distribution.internal.web;

import cn.eduapp.registry.distribution.DistributionManagement;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
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

    private final DistributionManagement distribution;

    DistributionApiController(DistributionManagement distribution) {
        this.distribution = distribution;
    }

    record ReleaseRequest(@NotNull(message = "{distribution.platform.required}") PlatformType platform,
                          @NotBlank(message = "{distribution.identifier.required}") @Size(max = VerifyQuery.MAX_IDENTIFIER) String identifier,
                          @NotBlank(message = "{distribution.version.required}") @Size(max = 100) String version,
                          @NotNull(message = "{distribution.releasedAt.required}") OffsetDateTime releasedAt) {
    }

    /**
     * The hot path. A GET is answered by {@link VerifyEndpoint} on the fast lane before it gets here; this method
     * answers the rest (HEAD) and describes the endpoint in the OpenAPI.
     */
    @GetMapping(VerifyQuery.PATH)
    @AllowedRoles({Role.DISTRIBUTION_PLATFORM, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    ResponseEntity<byte[]> verify(@RequestParam(required = false) @Nullable String platform,
                                  @RequestParam(required = false) @Nullable String identifier,
                                  @RequestParam(required = false) @Nullable String certSha256) {
        VerifyQuery q = VerifyQuery.of(platform, identifier, certSha256);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(distribution.verify(q.platform(), q.identifier(), q.certSha256()));
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
}
