package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.document.Downloads;
import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.enforcement.AttachmentDownload;
import cn.eduapp.registry.enforcement.CaseManagement;
import cn.eduapp.registry.enforcement.CaseOutcome;
import cn.eduapp.registry.enforcement.CaseStatus;
import cn.eduapp.registry.enforcement.EnforcementCaseView;
import cn.eduapp.registry.enforcement.internal.Documents;
import cn.eduapp.registry.enforcement.internal.persistence.DocumentRepository.StoredDocument;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.web.ProblemError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** API.md "Enforcement cases": the procedure's cases, their documents as PDF, review results, removal from the list. */
@RestController
class CaseApiController {

    private final CaseManagement cases;
    private final Documents documents;
    private final DeadlineParam deadlines;
    private final UploadPolicy uploads;
    private final FormErrors formErrors;

    CaseApiController(CaseManagement cases, Documents documents, DeadlineParam deadlines, UploadPolicy uploads,
                      FormErrors formErrors) {
        this.uploads = uploads;
        this.formErrors = formErrors;
        this.cases = cases;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    record StatementRequest(@NotBlank(message = "{enforcement.statement.required}") @Size(max = 8000) String text) {
    }

    record DecisionRequest(@NotNull(message = "{enforcement.case.outcome.required}") CaseOutcome outcome,
                           @NotBlank(message = "{enforcement.case.reasons.required}") @Size(max = 8000) String reasons,
                           @Nullable @Size(max = 40) String newDeadline) {
    }

    enum ReviewBody { ADMINISTRATIVE_RECONSIDERATION, COURT }

    record ReviewRequest(@NotNull(message = "{enforcement.review.body.required}") ReviewBody body,
                         @NotBlank(message = "{enforcement.review.reference.required}") @Size(max = 200) String reference,
                         @NotNull(message = "{enforcement.review.annulled.required}") Boolean annulled,
                         @Nullable LocalDate decidedOn) {
    }

    record RemovalRequest(@NotBlank(message = "{enforcement.blacklist.reason.required}") @Size(max = 2000) String reason) {
    }

    @GetMapping("/api/v1/enforcement-cases")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    PageResult<EnforcementCaseView> list(@AuthenticationPrincipal CurrentUser user,
                                         @RequestParam(required = false) CaseStatus status,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return cases.list(user, status, PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/enforcement-cases/{id}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    EnforcementCaseView get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return cases.view(id, user);
    }

    @PostMapping("/api/v1/enforcement-cases/{id}/statement")
    @AllowedRoles(Role.PROVIDER)
    EnforcementCaseView statement(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        cases.view(id, user);
        return cases.statement(id, user, body.read(StatementRequest.class).text());
    }

    /** The same statement with attachments: {@code text} as a form part, files as {@code attachments} (at most 3). */
    @PostMapping(value = "/api/v1/enforcement-cases/{id}/statement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @AllowedRoles(Role.PROVIDER)
    EnforcementCaseView statementWithAttachments(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                                                 @RequestParam(required = false) @Nullable String text,
                                                 @RequestParam(name = "attachments", required = false)
                                                 @Nullable List<MultipartFile> attachments) {
        cases.view(id, user);
        List<ProblemError> problems = formErrors.violations(new StatementRequest(text == null ? "" : text));
        if (!problems.isEmpty()) {
            throw ApiProblem.badRequest(problems);
        }
        return cases.statement(id, user, text, uploads.read(attachments, CaseManagement.ATTACHMENTS));
    }

    /** A statement attachment for the case's provider and the agencies (others 404): a download, never inline. */
    @GetMapping("/api/v1/enforcement-cases/{id}/attachments/{attachmentId}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId,
                                      @AuthenticationPrincipal CurrentUser user) {
        AttachmentDownload a = cases.attachment(id, attachmentId, user);
        return Downloads.attachment(a.fileName(), a.contentType(), a.content());
    }

    @PostMapping("/api/v1/enforcement-cases/{id}/decision")
    @AllowedRoles(Role.CITY_REVIEWER)
    EnforcementCaseView decide(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        cases.view(id, user);
        DecisionRequest r = body.read(DecisionRequest.class);
        Instant newDeadline = r.newDeadline() == null || r.newDeadline().isBlank() ? null
                : deadlines.parse(r.newDeadline(), "newDeadline");
        return cases.decide(id, user, r.outcome(), r.reasons(), newDeadline);
    }

    @PostMapping("/api/v1/enforcement-cases/{id}/review-result")
    @AllowedRoles(Role.CITY_REVIEWER)
    EnforcementCaseView reviewResult(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        cases.view(id, user);
        ReviewRequest r = body.read(ReviewRequest.class);
        return cases.reviewResult(id, user, r.body().name(), r.reference(), r.annulled(), r.decidedOn());
    }

    @PostMapping("/api/v1/blacklist-entries/{id}/removal")
    @AllowedRoles(Role.CITY_REVIEWER)
    Map<String, Object> removal(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        String reason = body.read(RemovalRequest.class).reason();
        cases.removeListing(id, user, reason);
        return Map.of("id", id, "ended", true);
    }

    /** A document as PDF, for its provider and the agencies (others 404); the provider's first look is its receipt. */
    @GetMapping(value = "/api/v1/documents/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    ResponseEntity<byte[]> pdf(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return PdfResponse.of(documents, documents.readBy(id, user));
    }
}
