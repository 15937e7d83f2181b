package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.internal.persistence.AccountRepository;
import cn.eduapp.registry.system.security.AccountStates;
import org.springframework.stereotype.Component;

/** One primary-key read per page request: is the account still enabled, is its first password changed? */
@Component
class AccountStateLookup implements AccountStates {

    private final AccountRepository accounts;

    AccountStateLookup(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public State of(String accountId) {
        return accounts.findById(accountId)
                .map(a -> !a.enabled() ? State.GONE : LoginService.firstPassword(a) ? State.FIRST_PASSWORD : State.ACTIVE)
                .orElse(State.GONE);
    }
}
