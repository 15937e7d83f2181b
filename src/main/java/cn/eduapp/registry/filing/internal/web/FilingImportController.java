package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.filing.internal.imports.FilingImporter;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/filings/import}: the CSV of existing registrations, streamed (20 MiB and more). */
@RestController
class FilingImportController {

    private final FilingImporter importer;

    FilingImportController(FilingImporter importer) {
        this.importer = importer;
    }

    @PostMapping("/api/v1/filings/import")
    @AllowedRoles(Role.CITY_REVIEWER)
    FilingImporter.Result importCsv(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            return importer.importCsv(reader, user.actor());
        }
    }
}
