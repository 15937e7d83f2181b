package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.document.Downloads;
import cn.eduapp.registry.provider.ProviderDocumentKind;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderVerification;
import cn.eduapp.registry.provider.Verification;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 21 on the pages: the provider uploads its documents again from its own page; the city's 单位核验 queue,
 * a provider's documents beside its credit code, name and contact, and the decision.
 */
@Controller
class VerificationPageController {

    private final ProviderVerification verification;
    private final ProviderManagement providers;
    private final FormErrors formErrors;
    private final Messages messages;

    VerificationPageController(ProviderVerification verification, ProviderManagement providers, FormErrors formErrors,
                               Messages messages) {
        this.verification = verification;
        this.providers = providers;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    /** The provider's own upload (multipart {@code kind}, {@code file}); back to its page with the outcome. */
    @PostMapping("/provider/documents")
    @AllowedRoles(Role.PROVIDER)
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String kind,
                  @RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        formErrors.flash(redirect, "provider.document.uploaded", () -> {
            ProviderDocumentKind k = kind(kind);
            if (file == null || file.isEmpty()) {
                throw ApiProblem.badField("file", "REQUIRED", messages.get("provider.document.file"));
            }
            verification.upload(user.organisationId(), k, verification.read(file), user);
        });
        return "redirect:/provider/profile#verification";
    }

    /** The provider's own document: always a download, never inline. */
    @GetMapping("/provider/documents/{documentId}/download")
    @AllowedRoles(Role.PROVIDER)
    ResponseEntity<byte[]> ownDocument(@PathVariable String documentId, @AuthenticationPrincipal CurrentUser user) {
        ProviderVerification.Download d = verification.document(user.organisationId(), documentId, user);
        return Downloads.attachment(d.fileName(), d.contentType(), d.content());
    }

    /** 单位核验: the providers whose documents wait for the city's check. */
    @GetMapping("/providers/verification")
    @AllowedRoles(Role.CITY_REVIEWER)
    String queue(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
                 Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        model.addAttribute("result", verification.pending(query, PageQuery.of(page, 20)));
        model.addAttribute("q", query);
        return "provider/verification-queue";
    }

    /** One provider: credit code, name and contact beside its documents, and the decision while it waits. */
    @GetMapping("/providers/verification/{id}")
    @AllowedRoles(Role.CITY_REVIEWER)
    String detail(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("profile", providers.profile(id, user));
        ProviderVerification.Status status = verification.status(id, user);
        model.addAttribute("status", status);
        model.addAttribute("pending", status.verification() == Verification.PENDING);
        return "provider/verification-detail";
    }

    /** A provider's document for the city: always a download (images are also shown in an img element). */
    @GetMapping("/providers/{id}/documents/{documentId}/download")
    @AllowedRoles(Role.CITY_REVIEWER)
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String documentId,
                                    @AuthenticationPrincipal CurrentUser user) {
        ProviderVerification.Download d = verification.document(id, documentId, user);
        return Downloads.attachment(d.fileName(), d.contentType(), d.content());
    }

    /** The decision: {@code verified} true or false; a refusal needs its reason. */
    @PostMapping("/providers/verification/{id}")
    @AllowedRoles(Role.CITY_REVIEWER)
    String decide(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                  @RequestParam(required = false) @Nullable String verified, @RequestParam(required = false) @Nullable String comment,
                  RedirectAttributes redirect) {
        providers.profile(id, user);
        var errors = formErrors.problems(() -> {
            if (!"true".equals(verified) && !"false".equals(verified)) {
                throw ApiProblem.badField("verified", "REQUIRED", messages.get("provider.verification.verifiedRequired"));
            }
            if (comment != null && comment.length() > 1000) {
                throw ApiProblem.badField("comment", "TOO_LONG", messages.get("provider.verification.commentTooLong"));
            }
            verification.decide(id, Boolean.parseBoolean(verified), comment, user);
        });
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("actionErrors", errors);
            return "redirect:/providers/verification/" + id;
        }
        redirect.addFlashAttribute("notice", "true".equals(verified) ? "provider.verification.approved"
                : "provider.verification.rejected");
        return "redirect:/providers/verification";
    }

    private ProviderDocumentKind kind(@Nullable String kind) {
        return Arrays.stream(ProviderDocumentKind.values()).filter(x -> x.name().equals(kind)).findFirst()
                .orElseThrow(() -> ApiProblem.badField("kind", "INVALID_VALUE", messages.get("provider.document.kindPage")));
    }
}
