package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.document.Downloads;
import cn.eduapp.registry.provider.ProviderDocumentKind;
import cn.eduapp.registry.provider.ProviderVerification;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A provider's verification documents and the city's check of them (issue 21). */
@RestController
@RequestMapping("/api/v1/providers")
class ProviderDocumentApiController {

    private final ProviderVerification verification;
    private final Messages messages;

    ProviderDocumentApiController(ProviderVerification verification, Messages messages) {
        this.verification = verification;
        this.messages = messages;
    }

    /** Multipart {@code kind} (REGISTRATION_CERTIFICATE | AUTHORISATION_LETTER) and {@code file}. */
    @PostMapping("/{id}/documents") // no "consumes": another role's JSON is 403, not 415 (the authorization matrix)
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.PROVIDER)
    ProviderVerification.Document upload(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                                         @RequestParam(name = "kind", required = false) @Nullable String kind,
                                         @RequestParam(name = "file", required = false) @Nullable MultipartFile file) {
        ProviderDocumentKind k = Arrays.stream(ProviderDocumentKind.values()).filter(x -> x.name().equals(kind)).findFirst()
                .orElseThrow(() -> ApiProblem.badField("kind", "INVALID_VALUE", messages.get("provider.document.kind")));
        if (file == null || file.isEmpty()) {
            throw ApiProblem.badField("file", "REQUIRED", messages.get("provider.document.file"));
        }
        return verification.upload(id, k, verification.read(file), user);
    }

    /** The verification state, its reason when refused, and the latest document of each kind. */
    @GetMapping("/{id}/verification")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    ProviderVerification.Status status(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return verification.status(id, user);
    }

    /** Always a download, never inline; the provider itself and city reviewers only (others 404, audited). */
    @GetMapping("/{id}/documents/{documentId}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER})
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String documentId,
                                    @AuthenticationPrincipal CurrentUser user) {
        ProviderVerification.Download d = verification.document(id, documentId, user);
        return Downloads.attachment(d.fileName(), d.contentType(), d.content());
    }

    record Decision(@NotNull(message = "{provider.verification.verifiedRequired}") Boolean verified,
                    @Nullable @Size(max = 1000) String comment) {
    }

    @PostMapping("/{id}/verification")
    @AllowedRoles(Role.CITY_REVIEWER)
    ProviderVerification.Status decide(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        Decision d = body.read(Decision.class);
        return verification.decide(id, d.verified(), d.comment(), user);
    }

    /** The 单位核验 queue: providers whose documents wait for the city's check. */
    @GetMapping("/verification-queue")
    @AllowedRoles(Role.CITY_REVIEWER)
    PageResult<ProviderVerification.Status> queue(@RequestParam(required = false) @Nullable Integer page,
                                                  @RequestParam(required = false) @Nullable Integer size) {
        return verification.pending(PageQuery.of(page, size));
    }
}
