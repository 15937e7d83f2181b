package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.document.Downloads;
import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.enforcement.AttachmentDownload;
import cn.eduapp.registry.enforcement.CaseManagement;
import cn.eduapp.registry.enforcement.CaseOutcome;
import cn.eduapp.registry.enforcement.CaseStatus;
import cn.eduapp.registry.enforcement.EnforcementCaseView;
import cn.eduapp.registry.enforcement.internal.Deadlines;
import cn.eduapp.registry.enforcement.internal.Documents;
import cn.eduapp.registry.enforcement.internal.persistence.DocumentRepository.StoredDocument;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** The procedure's pages: cases with the forms of whoever acts next, and each document as a page and a PDF. */
@Controller
class CasePageController {

    private final CaseManagement cases;
    private final Documents documents;
    private final FormErrors formErrors;
    private final Messages messages;
    private final Clock clock;
    private final UploadPolicy uploads;

    CasePageController(CaseManagement cases, Documents documents, FormErrors formErrors, Messages messages, Clock clock,
                       UploadPolicy uploads) {
        this.uploads = uploads;
        this.cases = cases;
        this.documents = documents;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/enforcement/cases")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", cases.list(user, status, PageQuery.of(page, 20)));
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", CaseStatus.values());
        return "enforcement/cases";
    }

    @GetMapping("/enforcement/cases/{id}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    String view(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        EnforcementCaseView c = cases.view(id, user);
        Instant now = clock.instant();
        model.addAttribute("c", c);
        model.addAttribute("own", user.has(Role.PROVIDER));
        model.addAttribute("city", user.has(Role.CITY_REVIEWER));
        model.addAttribute("statementOpen", c.status() == CaseStatus.NOTICE_SERVED && !now.isAfter(c.statementDueAt()));
        model.addAttribute("heard", c.status() == CaseStatus.STATEMENT_RECEIVED || now.isAfter(c.statementDueAt()));
        model.addAttribute("outcomes", CaseOutcome.values());
        return "enforcement/case";
    }

    @PostMapping("/enforcement/cases/{id}/statement")
    @AllowedRoles(Role.PROVIDER)
    String statement(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                     @RequestParam(required = false) String text,
                     @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                     RedirectAttributes redirect) {
        cases.view(id, user);
        return act(id, redirect, "enforcement.page.statementSubmitted", () ->
                cases.statement(id, user, required(text, "text", "enforcement.statement.required"),
                        uploads.read(attachments, CaseManagement.ATTACHMENTS)));
    }

    /** A statement attachment, for the case's provider and the agencies: always a download, never inline. */
    @GetMapping("/enforcement/cases/{id}/attachments/{attachmentId}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId,
                                      @AuthenticationPrincipal CurrentUser user) {
        AttachmentDownload a = cases.attachment(id, attachmentId, user);
        return Downloads.attachment(a.fileName(), a.contentType(), a.content());
    }

    @PostMapping("/enforcement/cases/{id}/decision")
    @AllowedRoles(Role.CITY_REVIEWER)
    String decide(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                  @RequestParam(required = false) CaseOutcome outcome, @RequestParam(required = false) String reasons,
                  @RequestParam(required = false) String newDeadline, RedirectAttributes redirect) {
        cases.view(id, user);
        return act(id, redirect, "enforcement.page.caseDecided", () -> {
            if (outcome == null) {
                throw ApiProblem.badField("outcome", "REQUIRED", messages.get("enforcement.case.outcome.required"));
            }
            Instant deadline = newDeadline == null || newDeadline.isBlank() ? null : Deadlines.parse(newDeadline)
                    .orElseThrow(() -> ApiProblem.badField("newDeadline", "INVALID_VALUE", messages.get("enforcement.deadline.invalid")));
            cases.decide(id, user, outcome, required(reasons, "reasons", "enforcement.case.reasons.required"), deadline);
        });
    }

    @PostMapping("/enforcement/cases/{id}/review-result")
    @AllowedRoles(Role.CITY_REVIEWER)
    String review(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                  @RequestParam(required = false) String body, @RequestParam(required = false) String reference,
                  @RequestParam(required = false) String decidedOn, @RequestParam(required = false) Boolean annulled,
                  RedirectAttributes redirect) {
        cases.view(id, user);
        return act(id, redirect, "enforcement.page.reviewRecorded", () -> {
            if (!"ADMINISTRATIVE_RECONSIDERATION".equals(body) && !"COURT".equals(body)) {
                throw ApiProblem.badField("body", "REQUIRED", messages.get("enforcement.review.body.required"));
            }
            if (annulled == null) {
                throw ApiProblem.badField("annulled", "REQUIRED", messages.get("enforcement.review.annulled.required"));
            }
            cases.reviewResult(id, user, body, required(reference, "reference", "enforcement.review.reference.required"),
                    annulled, day(decidedOn));
        });
    }

    @PostMapping("/enforcement/cases/{id}/removal")
    @AllowedRoles(Role.CITY_REVIEWER)
    String removal(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                   @RequestParam(required = false) String entryId, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        EnforcementCaseView c = cases.view(id, user);
        return act(id, redirect, "enforcement.page.listingRemoved", () -> {
            if (c.blacklisting() == null || !c.blacklisting().id().equals(entryId)) {
                throw ApiProblem.notFound();
            }
            cases.removeListing(entryId, user, required(reason, "reason", "enforcement.blacklist.reason.required"));
        });
    }

    /** A document as a page, for its provider and the agencies; the provider's first look is its receipt. */
    @GetMapping("/documents/{id}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    String document(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        StoredDocument d = documents.readBy(id, user);
        model.addAttribute("d", d);
        model.addAttribute("doc", d.content());
        return "enforcement/document-page";
    }

    @GetMapping("/documents/{id}/pdf")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    ResponseEntity<byte[]> pdf(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return PdfResponse.of(documents, documents.readBy(id, user));
    }

    private String act(String id, RedirectAttributes redirect, String notice, Runnable action) {
        return Acts.then(formErrors, redirect, "/enforcement/cases/" + id, notice, action);
    }

    private String required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badField(field, "REQUIRED", messages.get(key));
        }
        return value;
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
