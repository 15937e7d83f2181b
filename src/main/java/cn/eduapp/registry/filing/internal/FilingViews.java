package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.filing.RevisionView;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.domain.Revision;
import cn.eduapp.registry.filing.internal.persistence.FilingRepository;
import cn.eduapp.registry.filing.internal.persistence.RevisionRepository;
import org.springframework.stereotype.Component;

/** Filings and revisions as the API shows them, from the aggregate in hand (no second load). */
@Component
public class FilingViews {

    private final FilingRepository filings;
    private final RevisionRepository revisions;

    FilingViews(FilingRepository filings, RevisionRepository revisions) {
        this.filings = filings;
        this.revisions = revisions;
    }

    /** The filing as it is now (after a step: as stored), with its history and its open revision. */
    public FilingView of(Filing f) {
        return new FilingView(f.id(), f.status(), f.filingNumber(), f.category(),
                new FilingView.ProviderRef(f.providerId(), f.providerName()), f.app(), f.precheck(),
                filings.history(f.id()), f.createdAt(), f.submittedAt(), f.registeredAt(), f.revokedAt(), f.version(),
                revisions.open(f.id()).map(FilingViews::of).orElse(null));
    }

    public static RevisionView of(Revision r) {
        return new RevisionView(r.id(), r.filingId(), r.status(), r.app(), r.precheck(), r.createdBy(), r.createdAt(),
                r.submittedAt(), r.decidedAt(), r.decidedBy(), r.comment(), r.version());
    }
}
