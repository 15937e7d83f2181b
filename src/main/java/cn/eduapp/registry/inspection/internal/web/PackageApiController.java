package cn.eduapp.registry.inspection.internal.web;

import cn.eduapp.registry.inspection.InspectionManagement;
import cn.eduapp.registry.inspection.PackageReport;
import cn.eduapp.registry.inspection.PackageSummary;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/filings/{id}/packages")
class PackageApiController {

    private final InspectionManagement inspections;

    PackageApiController(InspectionManagement inspections) {
        this.inspections = inspections;
    }

    /** multipart/form-data, part {@code file}: the APK. Spring spools the part to disk; it is streamed from there. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.PROVIDER)
    PackageReport upload(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                         @RequestParam(name = "file", required = false) @Nullable MultipartFile file) {
        return inspections.upload(id, user, file, file == null ? null : file.getOriginalFilename(),
                file == null ? 0 : file.getSize());
    }

    @GetMapping
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    PageResult<PackageSummary> list(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
                                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inspections.list(id, user, PageQuery.of(page, size));
    }

    @GetMapping("/{packageId}")
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    PackageReport report(@PathVariable String id, @PathVariable String packageId, @AuthenticationPrincipal CurrentUser user) {
        return inspections.report(id, packageId, user);
    }
}
