package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.usage.InstitutionView;
import cn.eduapp.registry.usage.UsageManagement;
import cn.eduapp.registry.usage.AppInUse;
import cn.eduapp.registry.usage.DistrictUsage;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Who uses an app (agencies), and which apps a district's schools use, with counts. */
@RestController
class ExposureApiController {

    private final UsageManagement usage;

    ExposureApiController(UsageManagement usage) {
        this.usage = usage;
    }

    @GetMapping("/api/v1/apps/{filingNumber}/institutions")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    UsageManagement.AppExposure institutions(@PathVariable String filingNumber) {
        return usage.exposure(filingNumber);
    }

    record Districts(List<DistrictUsage> items) {
    }

    @GetMapping("/api/v1/districts")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    Districts districts() {
        return new Districts(usage.districts());
    }

    record DistrictApps(String districtId, String districtName, List<AppInUse> items) {
    }

    @GetMapping("/api/v1/districts/{id}/apps")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER, Role.DISTRICT_ADMIN})
    DistrictApps districtApps(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        UsageManagement.DistrictApps apps = usage.districtApps(id, user);
        InstitutionView d = apps.district();
        return new DistrictApps(d.id(), d.name(), apps.items());
    }
}
