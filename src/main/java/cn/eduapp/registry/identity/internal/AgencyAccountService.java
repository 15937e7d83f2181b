package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.internal.persistence.AgencyRepository;
import cn.eduapp.registry.identity.internal.persistence.AccountRepository;
import cn.eduapp.registry.identity.AgencyAccountCreated;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.NewAccount;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.web.ProblemError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the agencies' staff (市教委, the national step, 通信管理局, 网信办). The city commission runs
 * the platform, so its staff create them, disable them and reset a lost second factor; each account
 * belongs to the agency of its role, and its first password must be changed at the first login.
 */
@Service
public class AgencyAccountService {

    /** One account as the list shows it. */
    public record View(String id, String username, Role role, String agency, boolean enabled, boolean secondFactor,
                       Instant createdAt) {
    }

    /** A new account: who, with which first password, in which role (its agency follows from the role). */
    public record NewAgencyAccount(String username, String password, @Nullable Role role) {
    }

    private final AgencyRepository agencies;
    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final SecondFactorService secondFactors;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final IdentityManagement identity;

    AgencyAccountService(AgencyRepository agencies, AccountRepository accounts, PasswordPolicy policy,
                         SecondFactorService secondFactors, ApplicationEventPublisher events, Messages messages,
                         IdentityManagement identity) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.policy = policy;
        this.secondFactors = secondFactors;
        this.events = events;
        this.messages = messages;
        this.identity = identity;
    }

    /** The agencies by the role their staff hold, in the notice's order, with their names. */
    public Map<Role, String> agencies() {
        Map<Role, String> names = new LinkedHashMap<>();
        agencies.agencies().forEach(a -> names.put(a.role(), a.name()));
        return names;
    }

    public PageResult<View> list(@Nullable String q, @Nullable Role role, PageQuery page) {
        PageResult<AgencyRepository.AgencyAccount> found = agencies.accounts(q == null || q.isBlank() ? null : q.trim(),
                role, page);
        return new PageResult<>(found.items().stream().map(this::view).toList(), found.page(), found.size(), found.total());
    }

    @Transactional
    public View create(CurrentUser by, NewAgencyAccount request) {
        return view(insert(by.actor(), request));
    }

    /** Creates the account, or refuses with every problem of the request at once (400), a taken name (409). */
    @Transactional
    AgencyRepository.AgencyAccount insert(Actor by, NewAgencyAccount request) {
        String username = request.username() == null ? "" : request.username().trim();
        List<ProblemError> problems = new ArrayList<>();
        if (!username.matches("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")) {
            problems.add(new ProblemError("username", "INVALID_VALUE", messages.get("agencyAccount.username.invalid")));
        }
        if (request.role() == null || !request.role().isAgency()) {
            problems.add(new ProblemError("role", "INVALID_VALUE", messages.get("agencyAccount.role")));
        }
        problems.addAll(policy.check("password", username, request.password() == null ? "" : request.password()));
        if (!problems.isEmpty()) {
            throw ApiProblem.badRequest(problems);
        }
        if (accounts.exists(username)) {
            throw ApiProblem.conflict("identity.usernameTaken", username);
        }
        AgencyRepository.Agency agency = agencies.agencyOf(request.role()).orElseThrow(ApiProblem::notFound);
        // its first password counts as expired: its holder is asked to change it at the first login
        String id = accounts.insertWithFirstPassword(new NewAccount(agency.organisationId(), username,
                request.password(), Set.of(request.role())));
        events.publishEvent(new AgencyAccountCreated(by, id, username, request.role()));
        return agencies.account(id).orElseThrow();
    }

    /** Disables the account and revokes its tokens; the city cannot lock itself out by disabling its own. */
    public void disable(CurrentUser by, String accountId) {
        AgencyRepository.AgencyAccount a = agencies.account(accountId).orElseThrow(ApiProblem::notFound);
        identity.disableAccount(a.id(), a.username(), by);
    }

    /** A staff member lost the phone with the second factor: the next login takes the password alone. */
    @Transactional
    public void resetSecondFactor(CurrentUser by, String accountId) {
        AgencyRepository.AgencyAccount a = agencies.account(accountId).orElseThrow(ApiProblem::notFound);
        if (!secondFactors.reset(a.id(), by.actor())) {
            throw ApiProblem.conflict("identity.secondFactor.noneToReset");
        }
    }

    private View view(AgencyRepository.AgencyAccount a) {
        return new View(a.id(), a.username(), a.role(), a.agencyName(), a.enabled(), a.secondFactor(), a.createdAt());
    }
}
