package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.provider.LicenceInput;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderProfile;
import cn.eduapp.registry.provider.ProviderRegistration;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/providers")
class ProviderApiController {

    private final ProviderManagement providers;

    ProviderApiController(ProviderManagement providers) {
        this.providers = providers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> register(JsonBody body, HttpServletRequest request) {
        ProviderProfile p = providers.register(body.read(ProviderRegistration.class), request.getRemoteAddr());
        return summary(p);
    }

    @GetMapping("/{id}")
    Map<String, Object> profile(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        ProviderProfile p = providers.profile(id, user);
        Map<String, Object> body = summary(p);
        body.put("contact", contact(p));
        body.put("bannedUntil", p.bannedUntil());
        body.put("licences", p.licences());
        return body;
    }

    @GetMapping("/{id}/licences")
    Map<String, Object> licences(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        List<ProviderProfile.LicenceView> licences = providers.profile(id, user).licences();
        return Map.of("items", licences);
    }

    @PostMapping("/{id}/licences")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.PROVIDER)
    ProviderProfile.LicenceView addLicence(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        providers.requireOwner(id, user);
        return providers.addLicence(id, user, body.read(LicenceInput.class));
    }

    /** {@code kind}: 撤销 (RESCINDED, the default), 吊销 (REVOKED) or 注销 (CANCELLED). */
    record Withdrawal(@jakarta.validation.constraints.NotBlank(message = "{licence.reason.required}")
                      @jakarta.validation.constraints.Size(max = 1000) String reason,
                      cn.eduapp.registry.provider.@org.jspecify.annotations.Nullable LicenceWithdrawal kind) {
    }

    @PostMapping("/{id}/licences/{licenceId}/revocation")
    @AllowedRoles(Role.CITY_REVIEWER)
    ProviderProfile.LicenceView withdraw(@PathVariable String id, @PathVariable String licenceId,
                                         @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        providers.requireLicence(id, licenceId, user);
        Withdrawal w = body.read(Withdrawal.class);
        return providers.withdrawLicence(id, licenceId,
                w.kind() == null ? cn.eduapp.registry.provider.LicenceWithdrawal.RESCINDED : w.kind(), w.reason(), user);
    }

    static Map<String, Object> summary(ProviderProfile p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", p.id());
        body.put("name", p.name());
        body.put("creditCode", p.creditCode());
        body.put("legalPersonType", p.legalPersonType());
        body.put("registrationAuthority", p.registrationAuthority());
        body.put("region", p.region());
        body.put("status", p.status());
        return body;
    }

    private static Map<String, Object> contact(ProviderProfile p) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", p.contactName());
        c.put("phone", p.contactPhone());
        c.put("email", p.contactEmail());
        return c;
    }
}
