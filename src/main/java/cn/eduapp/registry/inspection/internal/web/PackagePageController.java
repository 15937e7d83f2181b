package cn.eduapp.registry.inspection.internal.web;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.inspection.InspectionManagement;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.ProblemError;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The package page of a filing: the upload form for its provider, the latest report beside the declaration. */
@Controller
@AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
class PackagePageController {

    private final InspectionManagement inspections;
    private final FilingManagement filings;
    private final FormErrors formErrors;

    PackagePageController(InspectionManagement inspections, FilingManagement filings, FormErrors formErrors) {
        this.inspections = inspections;
        this.filings = filings;
        this.formErrors = formErrors;
    }

    @GetMapping("/filings/{id}/packages")
    String page(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        FilingView filing = filings.view(id, user);
        model.addAttribute("filing", filing);
        model.addAttribute("report", inspections.latest(id, user).orElse(null));
        model.addAttribute("history", inspections.history(id, user));
        model.addAttribute("mayUpload", inspections.mayUpload(filing, user));
        model.addAttribute("maxMb", inspections.maxPackageSize() / (1024 * 1024));
        return "inspection/packages";
    }

    @PostMapping("/filings/{id}/packages")
    @AllowedRoles(Role.PROVIDER)
    String upload(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                  @RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        filings.view(id, user);
        List<ProblemError> errors = formErrors.problems(() -> inspections.upload(id, user, file,
                file == null ? null : file.getOriginalFilename(), file == null ? 0 : file.getSize()));
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", "inspection.uploaded");
        } else {
            redirect.addFlashAttribute("actionErrors", errors);
        }
        return "redirect:/filings/" + id + "/packages";
    }
}
