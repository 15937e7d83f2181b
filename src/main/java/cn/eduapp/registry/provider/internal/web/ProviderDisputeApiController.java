package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.document.Downloads;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.provider.ProviderDispute;
import cn.eduapp.registry.provider.ProviderDisputes;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Issue 21 point 3: the public files and follows a dispute over a provider's credit code; the city decides. */
@RestController
class ProviderDisputeApiController {

    private final ProviderDisputes disputes;

    ProviderDisputeApiController(ProviderDisputes disputes) {
        this.disputes = disputes;
    }

    /** Public and rate-limited: the particulars as fields, {@code registrationCertificate} and {@code authorisationLetter} as files. */
    @PostMapping("/api/v1/providers/disputes")
    @ResponseStatus(HttpStatus.CREATED)
    ProviderDisputes.Filed file(@RequestParam(required = false) @Nullable String creditCode,
                                @RequestParam(required = false) @Nullable String organisationName,
                                @RequestParam(required = false) @Nullable String contactName,
                                @RequestParam(required = false) @Nullable String contactPhone,
                                @RequestParam(required = false) @Nullable String contactEmail,
                                @RequestParam(required = false) @Nullable String statement,
                                @RequestParam(required = false) @Nullable MultipartFile registrationCertificate,
                                @RequestParam(required = false) @Nullable MultipartFile authorisationLetter,
                                HttpServletRequest request) {
        ProviderDispute d = new ProviderDispute(creditCode, organisationName, contactName, contactPhone, contactEmail,
                statement);
        UploadedFile[] files = disputes.read(registrationCertificate, authorisationLetter);
        return disputes.file(d, files[0], files[1], request.getRemoteAddr());
    }

    /** Public: the state and, once decided, the city's reasons. */
    @GetMapping("/api/v1/providers/disputes/{trackingNumber}")
    ProviderDisputes.Tracking track(@PathVariable String trackingNumber) {
        return disputes.track(trackingNumber);
    }

    @GetMapping("/api/v1/provider-disputes")
    @AllowedRoles(Role.CITY_REVIEWER)
    PageResult<ProviderDisputes.Summary> queue(@RequestParam(required = false) @Nullable String q,
                                               @RequestParam(required = false) @Nullable Integer page,
                                               @RequestParam(required = false) @Nullable Integer size) {
        return disputes.page(q, PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/provider-disputes/{id}")
    @AllowedRoles(Role.CITY_REVIEWER)
    ProviderDisputes.Detail detail(@PathVariable String id) {
        return disputes.detail(id);
    }

    /** Always a download, never inline; audited. */
    @GetMapping("/api/v1/provider-disputes/{id}/documents/{documentId}")
    @AllowedRoles(Role.CITY_REVIEWER)
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String documentId,
                                    @AuthenticationPrincipal CurrentUser user) {
        ProviderDisputes.Download d = disputes.document(id, documentId, user);
        return Downloads.attachment(d.fileName(), d.contentType(), d.content());
    }

    record DecisionBody(@NotNull(message = "{provider.dispute.upholdRequired}") Boolean uphold,
                        @Nullable @Size(max = 2000) String comment) {
    }

    @PostMapping("/api/v1/provider-disputes/{id}/decision")
    @AllowedRoles(Role.CITY_REVIEWER)
    ProviderDisputes.Decision decide(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        DecisionBody d = body.read(DecisionBody.class);
        return disputes.decide(id, d.uphold(), d.comment(), user);
    }
}
