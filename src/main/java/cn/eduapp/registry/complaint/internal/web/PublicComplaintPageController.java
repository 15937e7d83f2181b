package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.complaint.ComplaintCategory;
import cn.eduapp.registry.complaint.ComplaintManagement;
import cn.eduapp.registry.complaint.ComplaintReceipt;
import cn.eduapp.registry.complaint.ComplaintSubmission;
import cn.eduapp.registry.complaint.PublicComplaintView;
import cn.eduapp.registry.complaint.TooManyAttempts;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pages: complain without an account, and follow a complaint with its number and code. */
@Controller
class PublicComplaintPageController {

    /** Where Bean Validation's paths land on the form. */
    private static final Map<String, String> FIELDS = Map.of("contact.name", "contactName",
            "contact.phone", "contactPhone", "contact.email", "contactEmail");

    private final ComplaintManagement complaints;
    private final FilingManagement filings;
    private final FormErrors formErrors;
    private final Messages messages;
    private final PageIntakeLimiter limiter;
    private final UploadPolicy uploads;

    PublicComplaintPageController(ComplaintManagement complaints, FilingManagement filings, FormErrors formErrors,
                                  Messages messages, PageIntakeLimiter limiter, UploadPolicy uploads) {
        this.complaints = complaints;
        this.uploads = uploads;
        this.filings = filings;
        this.formErrors = formErrors;
        this.messages = messages;
        this.limiter = limiter;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setAllowedFields("category", "appName", "identifier", "description", "contactName", "contactPhone",
                "contactEmail");
    }

    @ModelAttribute("categories")
    ComplaintCategory[] categories() {
        return ComplaintCategory.values();
    }

    @GetMapping("/public/complaints/new")
    String newForm(@RequestParam(required = false) @Nullable String appName,
                   @RequestParam(required = false) @Nullable String identifier, Model model) {
        // an app's public page links here with the app named: the form starts filled in with it
        ComplaintForm form = new ComplaintForm();
        form.setAppName(appName == null ? null : appName.strip().substring(0, Math.min(appName.strip().length(), 200)));
        form.setIdentifier(identifier == null ? null : identifier.strip().substring(0, Math.min(identifier.strip().length(), 500)));
        model.addAttribute("form", form);
        return "complaint/new";
    }

    @PostMapping("/public/complaints/new")
    String create(@ModelAttribute("form") ComplaintForm form, BindingResult binding,
                  @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        OptionalLong wait = limiter.tryAcquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
            binding.reject("RATE_LIMITED", messages.get("complaint.rateLimited"));
            return "complaint/new";
        }
        ComplaintReceipt[] receipt = new ComplaintReceipt[1];
        boolean refused = formErrors.attempt(() -> {
            ComplaintSubmission submission = form.toSubmission(messages);
            List<UploadedFile> files = uploads.read(evidence, ComplaintManagement.EVIDENCE);
            receipt[0] = complaints.receive(submission, files, Actor.anonymous(request.getRemoteAddr()));
        }, binding, FIELDS);
        if (refused) {
            response.setStatus(400);
            return "complaint/new";
        }
        // the access code is a secret: rendered once into this response, never kept in the session
        model.addAttribute("receipt", receipt[0]);
        return "complaint/submitted";
    }

    @GetMapping("/public/complaints/submitted")
    String submitted(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/public/complaints/track";
        }
        return "complaint/submitted";
    }

    /** The app chooser's suggestions (htmx fragment): apps that carry a filing number. */
    @GetMapping("/public/complaints/apps")
    String apps(@RequestParam(required = false) @Nullable String q, Model model) {
        String query = q == null ? "" : q.trim();
        model.addAttribute("q", query);
        model.addAttribute("apps", query.length() < 2 || query.length() > 100 ? List.of() : filings.searchNumbered(query, 10));
        return "complaint/apps :: appOptions";
    }

    @GetMapping("/public/complaints/track")
    String trackForm() {
        return "complaint/track";
    }

    /** A POST, so the access code never lands in an address bar, a history or a log. */
    @PostMapping("/public/complaints/track")
    String track(@RequestParam(required = false) @Nullable String trackingNumber,
                 @RequestParam(required = false) @Nullable String accessCode, Model model,
                 HttpServletResponse response) {
        model.addAttribute("trackingNumber", trackingNumber == null ? "" : trackingNumber);
        if (trackingNumber == null || trackingNumber.isBlank() || trackingNumber.length() > 40) {
            model.addAttribute("trackError", messages.get("complaint.track.notFound"));
            return "complaint/track";
        }
        try {
            PublicComplaintView view = complaints.track(trackingNumber, accessCode);
            model.addAttribute("complaint", view);
        } catch (TooManyAttempts e) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            model.addAttribute("trackError", messages.get("complaint.tooManyAttempts"));
        } catch (ApiProblem e) {
            response.setStatus(e.status().value());
            List<ProblemError> errors = formErrors.describe(e);
            model.addAttribute("trackError", e.status().value() == 404 ? messages.get("complaint.track.notFound")
                    : errors.get(0).message());
        }
        return "complaint/track";
    }
}
