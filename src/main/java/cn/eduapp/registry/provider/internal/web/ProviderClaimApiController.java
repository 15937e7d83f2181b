package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.provider.IssuedClaimCode;
import cn.eduapp.registry.provider.ProviderClaim;
import cn.eduapp.registry.provider.ProviderClaims;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderProfile;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issue 21: finding a provider by its credit code, claim codes, and claiming an imported provider. */
@RestController
class ProviderClaimApiController {

    private final ProviderClaims claims;
    private final ProviderManagement providers;

    ProviderClaimApiController(ProviderClaims claims, ProviderManagement providers) {
        this.claims = claims;
        this.providers = providers;
    }

    @GetMapping("/api/v1/providers")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    Map<String, Object> byCreditCode(@RequestParam String creditCode) {
        List<Map<String, Object>> items = claims.byCreditCode(creditCode).stream().map(this::profile).toList();
        return Map.of("items", items);
    }

    @PostMapping("/api/v1/providers/{id}/claim-codes")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.CITY_REVIEWER)
    IssuedClaimCode issue(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        providers.requireVisible(id, user);
        return claims.issueClaimCode(id, user);
    }

    @PostMapping("/api/v1/providers/claims")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> claim(JsonBody body, HttpServletRequest request) {
        ProviderProfile p = claims.claim(body.read(ProviderClaim.class), request.getRemoteAddr());
        Map<String, Object> out = ProviderApiController.summary(p);
        out.put("verification", "VERIFIED");
        return out;
    }

    private Map<String, Object> profile(ProviderProfile p) {
        Map<String, Object> body = ProviderApiController.summary(p);
        body.put("verification", claims.verification(p.id()));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", p.contactName());
        contact.put("phone", p.contactPhone());
        contact.put("email", p.contactEmail());
        body.put("contact", contact);
        body.put("bannedUntil", p.bannedUntil());
        body.put("licences", p.licences());
        return body;
    }
}
