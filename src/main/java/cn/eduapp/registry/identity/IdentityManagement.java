package cn.eduapp.registry.identity;

import cn.eduapp.registry.identity.internal.persistence.AccountRepository;
import cn.eduapp.registry.identity.internal.AccountSessions;
import cn.eduapp.registry.identity.internal.persistence.OrganisationRepository;
import cn.eduapp.registry.identity.internal.PasswordPolicy;
import cn.eduapp.registry.identity.internal.SecondFactorService;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.ProblemError;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door other modules use into identity: organisations and accounts. */
@Service
public class IdentityManagement {

    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final SecondFactorService secondFactors;
    private final ApplicationEventPublisher events;
    private final AccountSessions sessions;

    IdentityManagement(OrganisationRepository organisations, AccountRepository accounts, PasswordPolicy policy,
                       SecondFactorService secondFactors, ApplicationEventPublisher events, AccountSessions sessions) {
        this.sessions = sessions;
        this.organisations = organisations;
        this.accounts = accounts;
        this.policy = policy;
        this.secondFactors = secondFactors;
        this.events = events;
    }

    @Transactional
    public Organisation createOrganisation(OrganisationKind kind, String name, @Nullable String parentId) {
        Organisation org = new Organisation(UUID.randomUUID().toString(), kind, name, parentId);
        organisations.insert(org);
        return org;
    }

    /** Creates top-level organisations of one kind, one per name, in one batch; in the order of the names. */
    @Transactional
    public List<Organisation> createOrganisations(OrganisationKind kind, List<String> names) {
        List<Organisation> orgs = names.stream()
                .map(name -> new Organisation(UUID.randomUUID().toString(), kind, name, null)).toList();
        organisations.insertAll(orgs);
        return orgs;
    }

    /** Renames an organisation (a provider's approved name change, issue 21); its accounts keep their names. */
    @Transactional
    public void renameOrganisation(String id, String name) {
        organisations.rename(id, name);
    }

    public Optional<Organisation> organisation(String id) {
        return organisations.find(id);
    }

    public List<Organisation> children(String parentId) {
        return organisations.children(parentId);
    }

    public boolean usernameTaken(String username) {
        return accounts.exists(username);
    }

    /** Problems with a password for {@code username}, empty when it passes the policy (DOMAIN.md). */
    public List<ProblemError> passwordProblems(String field, String username, String password) {
        return policy.check(field, username, password);
    }

    /**
     * Creates an account whose holder chose the password (a provider registering itself); a taken username is
     * 409, a weak password 400 on {@code account.password}.
     */
    @Transactional
    public String createAccount(NewAccount account) {
        check(account);
        return accounts.insert(account);
    }

    /**
     * Creates an account whose password someone else set and knows (a district for its school, the city for a
     * district): its holder must change it at the first sign-in before doing anything else (issue 16). The same
     * checks as {@link #createAccount}.
     */
    @Transactional
    public String createAccountWithFirstPassword(NewAccount account) {
        check(account);
        return accounts.insertWithFirstPassword(account);
    }

    private void check(NewAccount account) {
        List<ProblemError> problems = policy.check("account.password", account.username(), account.password());
        if (!problems.isEmpty()) {
            throw ApiProblem.badRequest(problems);
        }
        if (accounts.exists(account.username())) {
            throw ApiProblem.conflict("identity.usernameTaken", account.username());
        }
    }

    /**
     * The demo samples only: the account keeps the first password it was given (the demo's published one) as
     * if its holder had chosen it, so the demo's logins work at once.
     */
    @Transactional
    public void keepFirstPassword(String accountId) {
        accounts.markPasswordChosen(accountId);
    }

    /**
     * The enabled account {@code username} as a signed-in user, for work done on its behalf without a login:
     * the demo samples drive the modules' facades as the demo accounts.
     */
    public Optional<CurrentUser> userOf(String username) {
        return accounts.currentUser(username);
    }

    public List<Organisation> organisationsOfKind(OrganisationKind kind) {
        return organisations.ofKind(kind);
    }

    public List<AccountSummary> accountsOf(String organisationId) {
        return accounts.ofOrganisation(organisationId);
    }

    /** Disables the account and revokes its tokens: it can neither log in nor call the API any more. */
    @Transactional
    public void disableAccount(String accountId) {
        accounts.disable(accountId);
        accounts.usernameOf(accountId).ifPresent(u -> sessions.endAll(accountId, u));
    }

    /**
     * Disables the account on behalf of {@code by}, who manages it (the caller checks that), audited as
     * ACCOUNT_DISABLED. Refused (409) for one's own account and for one disabled already.
     */
    @Transactional
    public void disableAccount(String accountId, String username, CurrentUser by) {
        if (accountId.equals(by.accountId())) {
            throw ApiProblem.conflict("identity.account.notYourself");
        }
        if (!accounts.enabled(accountId)) {
            throw ApiProblem.conflict("identity.account.alreadyDisabled");
        }
        accounts.disable(accountId);
        sessions.endAll(accountId, username);
        events.publishEvent(new AccountDisabled(by.actor(), accountId, username));
    }

    public boolean secondFactorEnabled(String accountId) {
        return secondFactors.enabled(accountId);
    }

    /**
     * Removes an account's second factor on behalf of {@code by}, who manages it (the caller checks that);
     * audited as SECOND_FACTOR_RESET. False when the account had none.
     */
    public boolean resetSecondFactor(String accountId, cn.eduapp.registry.shared.Actor by) {
        return secondFactors.reset(accountId, by);
    }

    /** The agency whose staff hold {@code role} (e.g. CITY_REVIEWER: 北京市教育委员会), if one exists. */
    public Optional<Organisation> organisationOfRole(cn.eduapp.registry.shared.Role role) {
        return organisations.agencyOfRole(role.name());
    }
}
