package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.filing.FilingSummary;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.usage.UsageFilingRequest;
import cn.eduapp.registry.usage.UsageFilingView;
import cn.eduapp.registry.usage.UsageManagement;
import cn.eduapp.registry.usage.UsageStatus;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
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

/** API.md "Institution use filings": institutions file and end use; districts and agencies read. */
@RestController
@RequestMapping("/api/v1/usage-filings")
class UsageApiController {

    private final UsageManagement usage;

    UsageApiController(UsageManagement usage) {
        this.usage = usage;
    }

    record EndRequest(@Nullable @Size(max = 500, message = "{usage.endReason.size}") String reason) {
        static final EndRequest NONE = new EndRequest(null);
    }

    record RegisteredApp(@Nullable String filingNumber, String appName, String providerName,
                         @Nullable Instant registeredAt) {
        static RegisteredApp of(FilingSummary f) {
            return new RegisteredApp(f.filingNumber(), f.appName(), f.provider().name(), f.registeredAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN})
    UsageFilingView file(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        return usage.file(user, body.read(UsageFilingRequest.class));
    }

    @GetMapping
    @AllowedRoles({Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER,
            Role.CAC_OFFICER})
    PageResult<UsageFilingView> list(@AuthenticationPrincipal CurrentUser user,
                                     @RequestParam(required = false) UsageStatus status,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) String institutionId,
                                     @RequestParam(required = false) String filingNumber,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return usage.list(user, status, q, institutionId, filingNumber, PageQuery.of(page, size));
    }

    /** The registered apps an institution may choose from (search by name, provider or number). */
    @GetMapping("/registered-apps")
    @AllowedRoles({Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER,
            Role.CAC_OFFICER})
    PageResult<RegisteredApp> registeredApps(@RequestParam(required = false) String q,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return usage.registeredApps(q, PageQuery.of(page, size)).map(RegisteredApp::of);
    }

    @GetMapping("/{id}")
    @AllowedRoles({Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER,
            Role.CAC_OFFICER})
    UsageFilingView get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return usage.view(id, user);
    }

    @PostMapping("/{id}/end")
    @AllowedRoles({Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN})
    UsageFilingView end(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        usage.view(id, user);
        return usage.end(id, user, body.readOr(EndRequest.class, EndRequest.NONE).reason());
    }
}
