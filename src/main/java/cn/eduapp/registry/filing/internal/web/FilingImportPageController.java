package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.filing.internal.imports.FilingImporter;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The city's page for the CSV of existing registrations: upload, then the result with each rejected line. */
@Controller
@AllowedRoles(Role.CITY_REVIEWER)
class FilingImportPageController {

    private final FilingImporter importer;
    private final FormErrors formErrors;

    FilingImportPageController(FilingImporter importer, FormErrors formErrors) {
        this.importer = importer;
        this.formErrors = formErrors;
    }

    @GetMapping("/filings/import")
    String form(Model model) {
        model.addAttribute("header", String.join(",", FilingImporter.HEADER));
        return "filing/import";
    }

    @PostMapping("/filings/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file, Model model) {
        model.addAttribute("header", String.join(",", FilingImporter.HEADER));
        try {
            if (file == null || file.isEmpty()) {
                model.addAttribute("actionErrors", formErrors.describe(ApiProblem.badField("file", "REQUIRED", "请选择 CSV 文件。")));
                return "filing/import";
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
                model.addAttribute("result", importer.importCsv(reader, user.actor()));
            }
        } catch (ApiProblem e) {
            model.addAttribute("actionErrors", formErrors.describe(e));
        } catch (IOException e) {
            model.addAttribute("actionErrors", formErrors.describe(ApiProblem.badField("file", "UNREADABLE", "文件无法读取。")));
        }
        return "filing/import";
    }
}
