package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.CaseGround;
import cn.eduapp.registry.enforcement.CaseStatus;
import cn.eduapp.registry.enforcement.EnforcementCaseOpened;
import cn.eduapp.registry.enforcement.internal.domain.EnforcementCase;
import cn.eduapp.registry.enforcement.internal.domain.RectificationOrder;
import cn.eduapp.registry.enforcement.internal.persistence.CaseRepository;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.operations.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a case on an overdue or refused order, in the caller's transaction: the case, its 事先告知书 proposing
 * revocation and listing (served in the system), and the statement period: {@code registry.enforcement.statement-working-days}
 * working days (default 5) to the end of that Beijing day, or {@code registry.enforcement.statement-period} (an ISO
 * duration, for tests and demos) when set.
 */
@Component
public class CaseOpener {

    private final CaseRepository cases;
    private final Documents documents;
    private final ProviderManagement providers;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;
    private final int statementWorkingDays;
    private final @Nullable Duration statementPeriod;

    CaseOpener(CaseRepository cases, Documents documents, ProviderManagement providers, WorkingCalendar calendar,
               ApplicationEventPublisher events, Messages messages, Clock clock, EnforcementSettings settings) {
        this.cases = cases;
        this.documents = documents;
        this.providers = providers;
        this.calendar = calendar;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.statementWorkingDays = settings.statementWorkingDays();
        this.statementPeriod = settings.statementPeriod();
    }

    public Instant statementDue(Instant now) {
        if (statementPeriod != null && !statementPeriod.isZero()) {
            return now.plus(statementPeriod);
        }
        return Deadlines.endOf(calendar.plusWorkingDays(Beijing.today(clock), statementWorkingDays));
    }

    public EnforcementCase open(RectificationOrder o, CaseGround ground, Actor actor) {
        Instant now = clock.instant();
        String creditCode = providers.snapshot(o.providerId).map(ProviderSnapshot::creditCode).map(c -> c.value()).orElse("");
        String facts = ground == CaseGround.OVERDUE
                ? messages.get("enforcement.facts.overdue", Documents.day(o.servedAt()), o.documentNumber, o.appName,
                        String.valueOf(o.filingNumber), o.reason, o.clause, Documents.minute(o.deadline()))
                : messages.get("enforcement.facts.refusal", Documents.day(o.servedAt()), o.documentNumber, o.appName,
                        String.valueOf(o.filingNumber), o.reason, o.clause, String.valueOf(o.refusalEvidence()));
        Instant due = statementDue(now);
        EnforcementCase c = new EnforcementCase(UUID.randomUUID().toString(), o.id, o.filingId, o.providerId,
                o.filingNumber, o.appName, o.providerName, creditCode, ground, CaseStatus.NOTICE_SERVED, facts, now,
                actor.username(), due, null, null, null, null, null, null, null, 0);
        cases.insert(c);
        String number = documents.nextNumber(Documents.PRIOR_NOTICE);
        documents.issue(Documents.PRIOR_NOTICE, number, o.id, c.id, o.providerId,
                messages.get("enforcement.document.addressee", o.providerName, creditCode),
                List.of(facts, messages.get("enforcement.prior.proposal", o.appName, String.valueOf(o.filingNumber)),
                        messages.get("enforcement.prior.rights", Documents.minute(due))),
                actor, true);
        events.publishEvent(new EnforcementCaseOpened(actor, c.id, o.id, FilingId.of(o.filingId), ProviderId.of(o.providerId), o.filingNumber,
                ground, number, due, now));
        return c;
    }
}
