package cn.eduapp.registry.filing;

import cn.eduapp.registry.filing.internal.FilingAccess;
import cn.eduapp.registry.filing.internal.FilingFigures;
import cn.eduapp.registry.filing.internal.FilingSteps;
import cn.eduapp.registry.filing.internal.FilingViews;
import cn.eduapp.registry.filing.internal.FilingWorkflow;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.persistence.FilingQueries;
import cn.eduapp.registry.filing.internal.persistence.FilingRepository;
import cn.eduapp.registry.filing.internal.persistence.PackageFactsRepository;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PackageFacts;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The filing module's facade: the workflow's steps by filing id (each loads the filing once, checks who may act,
 * and hands it to {@code internal.FilingWorkflow} or {@code internal.FilingSteps}), and the reads other modules use.
 */
@Service
public class FilingManagement {

    private final FilingAccess access;
    private final FilingWorkflow workflow;
    private final FilingSteps steps;
    private final FilingViews views;
    private final FilingRepository filings;
    private final FilingQueries queries;
    private final PackageFactsRepository packages;
    private final ProviderManagement providers;
    private final cn.eduapp.registry.provider.ProviderVerification verification;
    private final FilingFigures figures;
    private final Clock clock;

    FilingManagement(FilingAccess access, FilingWorkflow workflow, FilingSteps steps, FilingViews views,
                     FilingRepository filings, FilingQueries queries, PackageFactsRepository packages,
                     ProviderManagement providers, FilingFigures figures, Clock clock,
                     cn.eduapp.registry.provider.ProviderVerification verification) {
        this.verification = verification;
        this.access = access;
        this.workflow = workflow;
        this.steps = steps;
        this.views = views;
        this.filings = filings;
        this.queries = queries;
        this.packages = packages;
        this.providers = providers;
        this.figures = figures;
        this.clock = clock;
    }

    public FilingView create(CurrentUser user, Declaration app) {
        ProviderSnapshot provider = providers.snapshot(user.organisationId()).orElseThrow(ApiProblem::forbidden);
        Filing filing = Filing.draft(UUID.randomUUID().toString(), provider.id(), provider.name(), app, user.actor(),
                clock.instant());
        steps.create(filing, user.actor());
        return views.of(filing);
    }

    public FilingView update(String id, CurrentUser user, Declaration app) {
        return workflow.edit(access.own(id, user), user, app);
    }

    /** The caller's own filing as shown (agencies see it but only its provider may change it: 403). */
    public FilingView ownView(String id, CurrentUser user) {
        return views.of(access.own(id, user));
    }

    /** Runs the pre-check of a filing the caller sees and keeps its result on the filing. */
    public PrecheckResult precheck(String id, CurrentUser user) {
        return workflow.precheck(access.visible(id, user));
    }

    /** Submission: refused with 422 and one error per blocking finding; the result is kept either way. */
    public FilingView submit(String id, CurrentUser user) {
        var filing = access.own(id, user);
        verification.requireVerified(user.organisationId()); // issue 21: drafting and self-check stay open
        return workflow.submit(filing, user);
    }

    public FilingView cityReview(String id, CurrentUser user, CityDecision decision, @Nullable String comment) {
        return workflow.cityReview(access.visible(id, user), user, decision, comment);
    }

    public FilingView moeReview(String id, CurrentUser user, MoeDecision decision, @Nullable String comment) {
        return workflow.moeReview(access.visible(id, user), user, decision, comment);
    }

    public FilingView cancel(String id, CurrentUser user, @Nullable String comment) {
        return workflow.cancel(access.own(id, user), user, comment);
    }

    // --- the national platform's answer (issue 22, http mode; module national polls it) ---

    /**
     * The national platform registered the filing with its number: the same step as the in-system 教育部 decision
     * (MOE_REVIEW → REGISTERED, {@link FilingApprovedByMoe} and {@link FilingRegistered}), by
     * {@link Actor#NATIONAL_PLATFORM}. Told twice, the second is a no-op; from another status 409.
     */
    public void registerByNational(String filingId, String filingNumber, Instant decidedAt) {
        Filing f = access.load(filingId);
        if (f.status() == FilingStatus.REGISTERED && filingNumber.equals(f.filingNumber())) {
            return;
        }
        steps.apply(f, Actor.NATIONAL_PLATFORM, x -> x.register(filingNumber, Actor.NATIONAL_PLATFORM, null, decidedAt));
    }

    /** The national platform refused the filing (不予备案): MOE_REVIEW → REJECTED, {@link FilingRejectedByMoe}. */
    public void rejectByNational(String filingId, String reason, Instant decidedAt) {
        Filing f = access.load(filingId);
        if (f.status() == FilingStatus.REJECTED) {
            return;
        }
        steps.apply(f, Actor.NATIONAL_PLATFORM, x -> x.moeReject(Actor.NATIONAL_PLATFORM, reason, decidedAt));
    }

    // --- enforcement's steps; it checks its own rules and who may take them ---

    public void orderRectification(String filingId, Actor actor, String reason) {
        steps.apply(access.load(filingId), actor, x -> x.orderRectification(actor, reason, clock.instant()));
    }

    public void acceptRectification(String filingId, Actor actor, @Nullable String comment) {
        steps.apply(access.load(filingId), actor, x -> x.rectificationAccepted(actor, comment, clock.instant()));
    }

    public void revoke(String filingId, Actor actor, String reason) {
        steps.apply(access.load(filingId), actor, x -> x.revoke(actor, reason, clock.instant()));
    }

    /** Enforcement: a review result annulled the revocation (REVOKED → REGISTERED, the history keeps both). */
    public void annulRevocation(String filingId, Actor actor, String reason) {
        steps.apply(access.load(filingId), actor, x -> x.revocationAnnulled(actor, reason, clock.instant()));
    }

    /** 三（五）: a pending application the notice no longer accepts, refused (不予备案) with the reason. */
    public void refuseNoLongerAccepted(String filingId, Actor actor, String reason) {
        steps.apply(access.load(filingId), actor, x -> x.refuseNoLongerAccepted(actor, reason, clock.instant()));
    }

    /**
     * Inspection tells filing what the latest inspection of a filing's package found; the pre-check reads this
     * copy (filing does not depend on inspection). The facts replace those of the package before.
     */
    public void packageInspected(String filingId, PackageFacts facts, Instant at) {
        packages.save(filingId, facts, at);
    }

    public Optional<FilingView> find(String id) {
        return filings.find(id).map(views::of);
    }

    public FilingView view(String id, CurrentUser user) {
        return views.of(access.visible(id, user));
    }

    public PageResult<FilingSummary> list(CurrentUser user, @Nullable FilingStatus status, @Nullable String q, PageQuery page) {
        String providerId = user.has(Role.PROVIDER) ? user.organisationId() : null;
        return queries.list(providerId, status, q, page);
    }

    // --- reads for institutions' use filings (usage) ---

    /** The filing that carries this number, whatever its status (usage checks that it is REGISTERED). */
    public Optional<FilingView> findByNumber(String filingNumber) {
        return filings.findByNumber(filingNumber).map(views::of);
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
    public List<FilingSummary> searchNumbered(String q, int limit) {
        if (q.isBlank()) {
            return List.of();
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

    /** The filing as notices and orders name it (number, status, app name, platforms). */
    public Optional<FilingListing> listing(String id) {
        return filings.find(id).map(FilingManagement::listing);
    }

    /** The filing that carries this number as {@link #listing} names it, whatever its status (one query). */
    public Optional<FilingListing> listingByNumber(String filingNumber) {
        return filings.findByNumber(filingNumber).map(FilingManagement::listing);
    }

    /** Many filings as {@link #listing} names them, read in one query: for read models fed by batches. */
    public List<FilingListing> listings(Collection<String> ids) {
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
        return figures.last(months);
    }
}
