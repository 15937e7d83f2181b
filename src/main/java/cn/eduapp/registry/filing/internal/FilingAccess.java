package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.persistence.FilingRepository;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import org.springframework.stereotype.Component;

/** Loads a filing once per command, with who may see it (404) and who may change it (403). */
@Component
public class FilingAccess {

    private final FilingRepository filings;

    FilingAccess(FilingRepository filings) {
        this.filings = filings;
    }

    /** Any filing, for the modules' own checks (enforcement decides who may act); 404 when unknown. */
    public Filing load(String id) {
        return filings.find(id).orElseThrow(ApiProblem::notFound);
    }

    /** A filing the caller may see; 404 otherwise (a provider asking for another's filing). */
    public Filing visible(String id, CurrentUser user) {
        Filing f = load(id);
        boolean own = user.has(Role.PROVIDER) && f.providerId().equals(user.organisationId());
        boolean agencySees = user.isAgency() && f.submittedAt() != null;
        if (!own && !agencySees) {
            throw ApiProblem.notVisible();
        }
        return f;
    }

    /** The caller's own filing: visible to agencies too, but only its provider may change it (403). */
    public Filing own(String id, CurrentUser user) {
        Filing f = visible(id, user);
        if (!f.providerId().equals(user.organisationId())) {
            throw ApiProblem.forbidden();
        }
        return f;
    }
}
