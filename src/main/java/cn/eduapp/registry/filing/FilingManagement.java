package cn.eduapp.registry.filing;

import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.domain.FilingRepository;
import cn.eduapp.registry.filing.internal.domain.IllegalTransition;
import cn.eduapp.registry.filing.internal.domain.RevisionRepository;
import cn.eduapp.registry.filing.internal.FilingQueries;
import cn.eduapp.registry.filing.internal.metrics.FilingMetrics;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PackageFacts;
import cn.eduapp.registry.rules.Precheck;
import cn.eduapp.registry.rules.PrecheckFacts;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.rules.ProviderFacts;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.ApiProblem;
import cn.eduapp.registry.system.Messages;
import cn.eduapp.registry.system.PageQuery;
import cn.eduapp.registry.system.PageResult;
import cn.eduapp.registry.system.ProblemError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The filing workflow: who may do which step, on which filing, and what each step records and
 * announces. Every refusal is an {@link ApiProblem} with API.md's status.
 */
@Service
public class FilingManagement {

    private final FilingRepository filings;
    private final RevisionRepository revisions;
    private final FilingQueries queries;
    private final ProviderManagement providers;
    private final Precheck precheck;
    private final NationalFilingStep nationalStep;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProvider<PackageFactsSource> packages;
    private final FilingMetrics metrics;

    FilingManagement(FilingRepository filings, RevisionRepository revisions, FilingQueries queries, ProviderManagement providers, Precheck precheck,
                     NationalFilingStep nationalStep, ApplicationEventPublisher events, TransactionTemplate tx,
                     Messages messages, Clock clock, ObjectProvider<PackageFactsSource> packages, FilingMetrics metrics) {
        this.metrics = metrics;
        this.packages = packages;
        this.revisions = revisions;
        this.filings = filings;
        this.queries = queries;
        this.providers = providers;
        this.precheck = precheck;
        this.nationalStep = nationalStep;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    public FilingView create(CurrentUser user, Declaration app) {
        ProviderSnapshot provider = providers.snapshot(user.organisationId()).orElseThrow(ApiProblem::forbidden);
        Filing filing = Filing.draft(UUID.randomUUID().toString(), provider.id(), provider.name(), app, user.actor(),
                clock.instant());
        tx.executeWithoutResult(s -> {
            filings.insert(filing);
            announce(filing, user.actor());
        });
        return view(filing.id());
    }

    public FilingView update(String id, CurrentUser user, Declaration app) {
        return change(ownFiling(id, user), user.actor(), f -> f.edit(app, user.actor(), clock.instant()));
    }

    /** Loads a filing the caller may see; 404 otherwise (a provider asking for another's filing). */
    public Filing visible(String id, CurrentUser user) {
        Filing f = filings.find(id).orElseThrow(ApiProblem::notFound);
        boolean own = user.has(Role.PROVIDER) && f.providerId().equals(user.organisationId());
        boolean agencySees = user.isAgency() && f.submittedAt() != null;
        if (!own && !agencySees) {
            throw ApiProblem.notVisible();
        }
        return f;
    }

    /** Loads the caller's own filing: visible to agencies too, but only its provider may change it (403). */
    public Filing ownFiling(String id, CurrentUser user) {
        Filing f = visible(id, user);
        if (!f.providerId().equals(user.organisationId())) {
            throw ApiProblem.forbidden();
        }
        return f;
    }

    public PrecheckResult precheck(String id, CurrentUser user) {
        Filing f = visible(id, user);
        PrecheckResult result = evaluate(f.id(), f.providerId(), f.app());
        filings.savePrecheck(f.id(), result);
        return result;
    }

    /** The pre-check of a filing's declaration (and its latest package, if any), with the facts of today. */
    public PrecheckResult evaluate(@Nullable String filingId, String providerId, Declaration app) {
        ProviderSnapshot p = providers.snapshot(providerId).orElseThrow(ApiProblem::notFound);
        ProviderFacts facts = cn.eduapp.registry.filing.internal.recheck.RecheckService.facts(p);
        PackageFacts pkg = null;
        PackageFactsSource source = packages.getIfAvailable();
        if (filingId != null && source != null) {
            pkg = source.latestFor(filingId).orElse(null);
        }
        Category corrected = filingId == null ? null : queries.correctedCategory(filingId).orElse(null);
        PrecheckResult result = precheck.evaluate(new PrecheckFacts(app, facts, Beijing.today(clock), pkg, corrected));
        metrics.precheck(result);
        return result;
    }

    /** Submission: refused with 422 and one error per blocking finding; the result is kept either way. */
    public FilingView submit(String id, CurrentUser user) {
        Filing f = ownFiling(id, user);
        requireStatus(f, FilingStatus.EDITABLE.contains(f.status()));
        PrecheckResult result = evaluate(f.id(), f.providerId(), f.app());
        if (result.blocking()) {
            filings.savePrecheck(f.id(), result);
            throw ApiProblem.unprocessable("filing.submitRefused", result.blockingFindings().stream()
                    .map(x -> new ProblemError(null, x.ruleId(), x.message())).toList());
        }
        return change(f, user.actor(), x -> x.submit(result, user.actor(), clock.instant()));
    }

    public FilingView cityReview(String id, CurrentUser user, CityDecision decision, @Nullable String comment) {
        if (decision != CityDecision.APPROVE) {
            requireComment(comment);
        }
        Filing f = visible(id, user);
        Instant now = clock.instant();
        FilingView view = change(f, user.actor(), x -> {
            switch (decision) {
                case APPROVE -> x.cityApprove(user.actor(), comment, now);
                case RETURN -> x.cityReturn(user.actor(), comment, now);
                case REJECT -> x.cityReject(user.actor(), comment, now);
            }
        });
        if (decision == CityDecision.APPROVE) {
            nationalStep.forward(id);
        }
        return view;
    }

    public FilingView moeReview(String id, CurrentUser user, MoeDecision decision, @Nullable String comment) {
        if (decision == MoeDecision.REJECT) {
            requireComment(comment);
        }
        Filing f = visible(id, user);
        Instant now = clock.instant();
        return change(f, user.actor(), x -> {
            if (decision == MoeDecision.REGISTER) {
                requireStatus(x, x.status() == FilingStatus.MOE_REVIEW);
                x.register(nationalStep.issueFilingNumber(), user.actor(), comment, now);
            } else {
                x.moeReject(user.actor(), comment, now);
            }
        });
    }

    public FilingView cancel(String id, CurrentUser user, @Nullable String comment) {
        return change(ownFiling(id, user), user.actor(), f -> f.cancel(user.actor(), comment, clock.instant()));
    }

    // --- enforcement's steps; it checks its own rules and who may take them ---

    public void orderRectification(String filingId, Actor actor, String reason) {
        Filing f = filings.find(filingId).orElseThrow(ApiProblem::notFound);
        change(f, actor, x -> x.orderRectification(actor, reason, clock.instant()));
    }

    public void acceptRectification(String filingId, Actor actor, @Nullable String comment) {
        Filing f = filings.find(filingId).orElseThrow(ApiProblem::notFound);
        change(f, actor, x -> x.rectificationAccepted(actor, comment, clock.instant()));
    }

    public void revoke(String filingId, Actor actor, String reason) {
        Filing f = filings.find(filingId).orElseThrow(ApiProblem::notFound);
        change(f, actor, x -> x.revoke(actor, reason, clock.instant()));
    }

    /** Enforcement: a review result annulled the revocation (REVOKED → REGISTERED, the history keeps both). */
    public void annulRevocation(String filingId, Actor actor, String reason) {
        Filing f = filings.find(filingId).orElseThrow(ApiProblem::notFound);
        change(f, actor, x -> x.revocationAnnulled(actor, reason, clock.instant()));
    }

    public Optional<FilingView> find(String id) {
        return filings.find(id).map(f -> view(f.id()));
    }

    public FilingView view(String id, CurrentUser user) {
        return view(visible(id, user).id());
    }

    public PageResult<FilingSummary> list(CurrentUser user, @Nullable FilingStatus status, @Nullable String q, PageQuery page) {
        String providerId = user.has(Role.PROVIDER) ? user.organisationId() : null;
        return queries.list(providerId, status, q, page);
    }

    private FilingView view(String id) {
        Filing f = filings.find(id).orElseThrow(ApiProblem::notFound);
        return new FilingView(f.id(), f.status(), f.filingNumber(), f.category(),
                new FilingView.ProviderRef(f.providerId(), f.providerName()), f.app(), f.precheck(),
                filings.history(f.id()), f.createdAt(), f.submittedAt(), f.registeredAt(), f.revokedAt(), f.version(),
                revisions.open(f.id()).map(RevisionManagement::view).orElse(null));
    }

    /** Applies one step in a transaction: state check (409), save with optimistic locking, events. */
    FilingView change(Filing filing, Actor actor, Consumer<Filing> step) {
        try {
            tx.executeWithoutResult(s -> {
                step.accept(filing);
                filings.update(filing, clock.instant());
                announce(filing, actor);
            });
        } catch (IllegalTransition e) {
            throw ApiProblem.conflict("filing.illegalTransition", messages.get("filing.status." + e.from().name()));
        }
        return view(filing.id());
    }

    private void announce(Filing f, Actor actor) {
        HistoryEntry last = f.lastChange();
        if (last == null) {
            return;
        }
        events.publishEvent(new FilingTransitioned(actor, f.id(), f.providerId(), last.fromStatus(), last.toStatus(),
                last.action(), last.comment(), f.filingNumber(), last.at()));
        f.events().forEach(events::publishEvent);
    }

    private void requireStatus(Filing f, boolean ok) {
        if (!ok) {
            throw ApiProblem.conflict("filing.illegalTransition", messages.get("filing.status." + f.status().name()));
        }
    }

    private void requireComment(@Nullable String comment) {
        if (comment == null || comment.isBlank()) {
            throw ApiProblem.badField("comment", "REQUIRED", messages.get("filing.commentRequired"));
        }
    }

    // --- reads for institutions' use filings (usage) ---

    /** The filing that carries this number, whatever its status (usage checks that it is REGISTERED). */
    public Optional<FilingView> findByNumber(String filingNumber) {
        return filings.findByNumber(filingNumber).map(f -> view(f.id()));
    }

    /** Registered apps by name, provider or exact filing number: what an institution may choose (使用者备案). */
    public PageResult<FilingSummary> searchRegistered(@Nullable String q, PageQuery page) {
        return queries.registered(q, page);
    }

    /** The number of the newest filing with a number whose app is called exactly {@code appName} (one index lookup). */
    public Optional<String> numberNamed(String appName) {
        return queries.numberNamed(appName);
    }

    /** Filings that have a number (registered at some point) whose app or provider name contains {@code q}. */
    public java.util.List<FilingSummary> searchNumbered(String q, int limit) {
        if (q.isBlank()) {
            return java.util.List.of();
        }
        return queries.list(null, null, q, PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream()
                .filter(s -> s.filingNumber() != null)
                .limit(limit)
                .toList();
    }

    // --- reads for enforcement ---

    /** A provider's filings that are live on the white list's side: REGISTERED or UNDER_RECTIFICATION. */
    public List<FilingSummary> liveFilingsOf(String providerId) {
        return queries.withStatus(providerId, List.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION), false);
    }

    /**
     * 京教信〔2022〕5号 三（五）: filings whose audiences include PRESCHOOL and that offer training, registered or under
     * rectification (to be revoked) or waiting for the city's or the national review (to be refused).
     */
    public List<FilingSummary> preschoolTraining() {
        return queries.withStatus(null, List.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION,
                FilingStatus.CITY_REVIEW, FilingStatus.MOE_REVIEW), true);
    }

    /** 三（五）: a pending application the notice no longer accepts, refused (不予备案) with the reason. */
    public void refuseNoLongerAccepted(String filingId, Actor actor, String reason) {
        Filing f = filings.find(filingId).orElseThrow(ApiProblem::notFound);
        change(f, actor, x -> x.refuseNoLongerAccepted(actor, reason, clock.instant()));
    }

    /** The filing as notices and orders name it (number, status, app name, platforms). */
    public Optional<FilingListing> listing(String id) {
        return filings.find(id).map(FilingManagement::listing);
    }

    /** The filing that carries this number as {@link #listing} names it, whatever its status (one query). */
    public Optional<FilingListing> listingByNumber(String filingNumber) {
        return filings.findByNumber(filingNumber).map(FilingManagement::listing);
    }

    /** Many filings as {@link #listing} names them, read in one query: for read models fed by batches. */
    public List<FilingListing> listings(java.util.Collection<String> ids) {
        return filings.findAll(ids).stream().map(FilingManagement::listing).toList();
    }

    private static FilingListing listing(Filing f) {
        return FilingListing.of(f.id(), f.status(), f.filingNumber(), f.providerId(), f.providerName(), f.category(),
                f.app(), f.submittedAt(), f.registeredAt(), f.revokedAt());
    }

    // --- the city's figures (dashboard) ---

    /** {@code category}: a {@code rules.Category} name, null when the filing was never classified. */
    public record StatusCategoryCount(FilingStatus status, @Nullable String category, long count) {
    }

    /** {@code month}: a Beijing calendar month, {@code YYYY-MM}. */
    public record MonthCount(String month, long count) {
    }

    /** Every month of the window is there, in order; months without a registration count 0. */
    public record Figures(List<StatusCategoryCount> byStatusAndCategory, List<MonthCount> registrationsPerMonth) {
    }

    /**
     * Filings agencies can see by status and category, and registrations in each of the last {@code months}
     * Beijing calendar months, this one included.
     */
    public Figures figures(int months) {
        java.time.YearMonth current = java.time.YearMonth.now(clock.withZone(Beijing.ZONE));
        java.time.YearMonth first = current.minusMonths(months - 1L);
        Figures raw = queries.figures(first.atDay(1).atStartOfDay(Beijing.ZONE).toInstant());
        java.util.Map<String, Long> counted = new java.util.HashMap<>();
        raw.registrationsPerMonth().forEach(m -> counted.put(m.month(), m.count()));
        List<MonthCount> filled = new java.util.ArrayList<>();
        for (java.time.YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            filled.add(new MonthCount(m.toString(), counted.getOrDefault(m.toString(), 0L)));
        }
        return new Figures(raw.byStatusAndCategory(), filled);
    }
}
