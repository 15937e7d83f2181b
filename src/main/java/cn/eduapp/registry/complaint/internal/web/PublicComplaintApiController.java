package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.complaint.ComplaintManagement;
import cn.eduapp.registry.complaint.ComplaintReceipt;
import cn.eduapp.registry.complaint.ComplaintSubmission;
import cn.eduapp.registry.complaint.PublicComplaintView;
import cn.eduapp.registry.complaint.TooManyAttempts;
import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint API (no account): intake as JSON, or as multipart/form-data when evidence files
 * come along; the complainant's view by tracking number and access code. Intake is rate limited per
 * client address by system's RateLimitFilter.
 */
@RestController
@RequestMapping("/api/v1/public/complaints")
class PublicComplaintApiController {

    private final ComplaintManagement complaints;
    private final ProblemResponses problems;
    private final Messages messages;
    private final UploadPolicy uploads;

    PublicComplaintApiController(ComplaintManagement complaints, UploadPolicy uploads, ProblemResponses problems,
                                 Messages messages) {
        this.complaints = complaints;
        this.uploads = uploads;
        this.problems = problems;
        this.messages = messages;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ComplaintReceipt create(JsonBody body, HttpServletRequest request) {
        return complaints.receive(body.read(ComplaintSubmission.class), List.of(), Actor.anonymous(request.getRemoteAddr()));
    }

    /** The same intake with evidence: fields as form parts ({@code contactName} …), files as {@code evidence}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ComplaintReceipt createWithEvidence(ComplaintForm form,
                                        @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
                                        HttpServletRequest request) {
        return complaints.receive(form.toSubmission(messages), uploads.read(evidence, ComplaintManagement.EVIDENCE),
                Actor.anonymous(request.getRemoteAddr()));
    }

    @GetMapping("/{trackingNumber}")
    PublicComplaintView track(@PathVariable String trackingNumber, @RequestParam(required = false) @Nullable String accessCode) {
        return complaints.track(trackingNumber, accessCode);
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyAttempts e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .contentType(ProblemResponses.PROBLEM_JSON)
                .body(problems.body(HttpStatus.TOO_MANY_REQUESTS, messages.get("complaint.tooManyAttempts"), List.of()));
    }

}
