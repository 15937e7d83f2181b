package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.internal.persistence.AccountRepository;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The first account of a new deployment: with {@code registry.bootstrap.username} and
 * {@code registry.bootstrap.password} set, a 市教委 (CITY_REVIEWER) account of that name is created at
 * start-up unless it exists. Its password counts as expired, so the first login asks for a new one; from
 * there the city creates every other agency account on its page. Safe on every start and on several
 * instances at once (the name is unique; the second insert is ignored).
 */
@Component
class AgencyBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AgencyBootstrap.class);

    private final AgencyAccountService service;
    private final AccountRepository accounts;
    private final BootstrapSettings settings;

    AgencyBootstrap(AgencyAccountService service, AccountRepository accounts, BootstrapSettings settings) {
        this.service = service;
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener(ApplicationStartedEvent.class)
    void onStart() {
        if (settings.given()) {
            createFirstCityAccount(settings.username(), settings.password());
        }
    }

    /** True when it created the account; false when one of that name exists already. */
    boolean createFirstCityAccount(String name, String firstPassword) {
        if (accounts.exists(name.trim())) {
            return false;
        }
        try {
            service.insert(Actor.SYSTEM, new AgencyAccountService.NewAgencyAccount(name, firstPassword, Role.CITY_REVIEWER));
            log.warn("Created the first city account {} (registry.bootstrap.*): its password must be changed at the first login",
                    name.trim());
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another instance created it at the same moment
        } catch (ApiProblem e) {
            throw new IllegalStateException("registry.bootstrap.* refused: " + e.errors().stream()
                    .map(p -> p.field() + " " + p.code()).toList() + " (" + e.messageKey() + ")", e);
        }
    }
}
