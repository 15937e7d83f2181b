package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.usage.InstitutionKind;
import cn.eduapp.registry.usage.InstitutionView;
import cn.eduapp.registry.usage.internal.CreateInstitution;
import cn.eduapp.registry.usage.internal.InstitutionAccounts;
import cn.eduapp.registry.usage.internal.InstitutionDirectory;
import cn.eduapp.registry.usage.internal.persistence.InstitutionRepository;
import cn.eduapp.registry.usage.internal.NewInstitutionAccount;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The city and districts manage the institutions and accounts below them. */
@RestController
@RequestMapping("/api/v1/institutions")
class InstitutionApiController {

    private final InstitutionDirectory directory;
    private final InstitutionAccounts accounts;

    InstitutionApiController(InstitutionDirectory directory, InstitutionAccounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    /** {@code secondFactor}: whether the account signs in with a one-time code too. */
    record AccountView(String id, String username, Role role, String institutionId, boolean enabled, boolean secondFactor) {
    }

    record InstitutionDetail(String id, String name, InstitutionKind kind, @Nullable String parentId,
                             @Nullable String districtId, @Nullable String districtName, @Nullable String districtCode,
                             List<AccountView> accounts) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({Role.CITY_REVIEWER, Role.DISTRICT_ADMIN})
    InstitutionView create(@AuthenticationPrincipal CurrentUser user, JsonBody body) {
        return directory.create(user, body.read(CreateInstitution.class));
    }

    @GetMapping
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER, Role.DISTRICT_ADMIN,
            Role.SCHOOL_ADMIN})
    PageResult<InstitutionView> list(@AuthenticationPrincipal CurrentUser user,
                                     @RequestParam(required = false) InstitutionKind kind,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return directory.list(user, kind, q, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER, Role.DISTRICT_ADMIN,
            Role.SCHOOL_ADMIN})
    InstitutionDetail get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        InstitutionView i = directory.visible(id, user);
        List<AccountView> accounts = directory.manages(user, i)
                ? views(i)
                : List.of();
        return new InstitutionDetail(i.id(), i.name(), i.kind(), i.parentId(), i.districtId(), i.districtName(),
                i.districtCode(), accounts);
    }

    @PostMapping("/{id}/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({Role.CITY_REVIEWER, Role.DISTRICT_ADMIN})
    AccountView createAccount(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, JsonBody body) {
        InstitutionView i = directory.manageable(id, user);
        InstitutionRepository.AccountRow a = accounts.createAccount(user, i, body.read(NewInstitutionAccount.class));
        return new AccountView(a.accountId(), a.username(), a.role(), i.id(), true, false);
    }

    @GetMapping("/{id}/accounts")
    @AllowedRoles({Role.CITY_REVIEWER, Role.DISTRICT_ADMIN})
    Map<String, List<AccountView>> accounts(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        InstitutionView i = directory.manageable(id, user);
        return Map.of("items", views(i));
    }

    /** A staff member left: the account can no longer sign in, and its tokens stop working. */
    @PostMapping("/{id}/accounts/{accountId}/disable")
    @AllowedRoles({Role.CITY_REVIEWER, Role.DISTRICT_ADMIN})
    ResponseEntity<Void> disableAccount(@PathVariable String id, @PathVariable String accountId,
                                        @AuthenticationPrincipal CurrentUser user) {
        accounts.disableAccount(user, directory.manageable(id, user), accountId);
        return ResponseEntity.noContent().build();
    }

    /** For a staff member who lost the phone with the second factor: the next login takes the password alone. */
    @PostMapping("/{id}/accounts/{accountId}/second-factor-reset")
    @AllowedRoles({Role.CITY_REVIEWER, Role.DISTRICT_ADMIN})
    ResponseEntity<Void> resetSecondFactor(@PathVariable String id, @PathVariable String accountId,
                                           @AuthenticationPrincipal CurrentUser user) {
        accounts.resetSecondFactor(user, directory.manageable(id, user), accountId);
        return ResponseEntity.noContent().build();
    }

    private List<AccountView> views(InstitutionView i) {
        java.util.Set<String> disabled = accounts.disabledAccounts(i);
        return accounts.accounts(i).stream().map(a -> new AccountView(a.accountId(), a.username(), a.role(), i.id(),
                !disabled.contains(a.accountId()), accounts.secondFactorEnabled(a.accountId()))).toList();
    }
}
