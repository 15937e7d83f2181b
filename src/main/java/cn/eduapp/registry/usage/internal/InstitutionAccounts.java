package cn.eduapp.registry.usage.internal;

import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.NewAccount;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import cn.eduapp.registry.usage.InstitutionAccountCreated;
import cn.eduapp.registry.usage.InstitutionView;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.eduapp.registry.usage.internal.persistence.InstitutionRepository;

/**
 * The accounts of an institution, kept by whoever manages it (the city for districts and units, a district for
 * its schools): created with a first password the holder must change (issue 16), second factor reset, disabled.
 */
@Service
public class InstitutionAccounts {

    private final InstitutionRepository institutions;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    InstitutionAccounts(InstitutionRepository institutions, IdentityManagement identity, ApplicationEventPublisher events,
                        Messages messages, Clock clock) {
        this.institutions = institutions;
        this.identity = identity;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    public List<InstitutionRepository.AccountRow> accounts(InstitutionView institution) {
        return institutions.accounts(institution.id());
    }

    @Transactional
    public InstitutionRepository.AccountRow createAccount(CurrentUser user, InstitutionView institution,
                                                          NewInstitutionAccount request) {
        String username = request.username().trim();
        List<ProblemError> problems = identity.passwordProblems("password", username, request.password());
        if (!problems.isEmpty()) {
            throw ApiProblem.badRequest(problems);
        }
        if (identity.usernameTaken(username)) {
            throw ApiProblem.conflict("identity.usernameTaken", username);
        }
        if (request.role() != InstitutionDirectory.roleFor(institution.kind())) {
            throw ApiProblem.unprocessable("problem.rule", List.of(new ProblemError("role", "ROLE_NOT_FOR_INSTITUTION",
                    messages.get("institution.roleNotFor", messages.get("institution.kind." + institution.kind().name()),
                            messages.get("institution.role." + InstitutionDirectory.roleFor(institution.kind()).name())))));
        }
        // the manager set the password and knows it: its holder changes it at the first sign-in (issue 16)
        String accountId = identity.createAccountWithFirstPassword(new NewAccount(institution.id(), username, request.password(),
                Set.of(request.role())));
        institutions.insertAccount(accountId, institution.id(), username, request.role(), clock.instant(), user.username());
        events.publishEvent(new InstitutionAccountCreated(user.actor(), institution.id(), accountId, username, request.role()));
        return new InstitutionRepository.AccountRow(accountId, username, request.role(), clock.instant(), user.username());
    }

    public boolean secondFactorEnabled(String accountId) {
        return identity.secondFactorEnabled(accountId);
    }

    /**
     * A staff member of the institution lost the phone with its second factor: whoever manages the
     * institution removes it (an account not of this institution is 404, one without a second factor 409).
     */
    public void resetSecondFactor(CurrentUser user, InstitutionView institution, String accountId) {
        if (!identity.resetSecondFactor(accountOf(institution, accountId).accountId(), user.actor())) {
            throw ApiProblem.conflict("identity.secondFactor.noneToReset");
        }
    }

    /** A staff member left: whoever manages the institution disables the account (its tokens go with it). */
    public void disableAccount(CurrentUser user, InstitutionView institution, String accountId) {
        InstitutionRepository.AccountRow a = accountOf(institution, accountId);
        identity.disableAccount(a.accountId(), a.username(), user);
    }

    /** One of the institution's accounts; any other id is 404. */
    private InstitutionRepository.AccountRow accountOf(InstitutionView institution, String accountId) {
        return institutions.accounts(institution.id()).stream().filter(r -> r.accountId().equals(accountId)).findFirst()
                .orElseThrow(ApiProblem::notFound);
    }

    /** Which of these accounts are disabled. */
    public java.util.Set<String> disabledAccounts(InstitutionView institution) {
        return identity.accountsOf(institution.id()).stream().filter(a -> !a.enabled())
                .map(cn.eduapp.registry.identity.AccountSummary::id).collect(java.util.stream.Collectors.toSet());
    }
}
