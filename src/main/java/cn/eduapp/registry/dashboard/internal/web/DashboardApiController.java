package cn.eduapp.registry.dashboard.internal.web;

import cn.eduapp.registry.dashboard.CityFigures;
import cn.eduapp.registry.dashboard.DashboardManagement;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardApiController {

    private final DashboardManagement dashboard;

    DashboardApiController(DashboardManagement dashboard) {
        this.dashboard = dashboard;
    }

    /** The city's figures in one document (issue 9 point 4). */
    @GetMapping("/api/v1/dashboard")
    @AllowedRoles(Role.CITY_REVIEWER)
    CityFigures figures() {
        return dashboard.cityFigures();
    }
}
