package cn.eduapp.registry.usage;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingSummary;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.national.NationalApp;
import cn.eduapp.registry.national.NationalMirror;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.web.ProblemError;
import cn.eduapp.registry.usage.internal.CreateInstitution;
import cn.eduapp.registry.usage.internal.InstitutionAccounts;
import cn.eduapp.registry.usage.internal.InstitutionDirectory;
import cn.eduapp.registry.usage.internal.NewInstitutionAccount;
import cn.eduapp.registry.usage.internal.Scope;
import cn.eduapp.registry.usage.internal.persistence.UsageFilingRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use filings (使用者备案, 京教信〔2022〕5号): an institution chooses only a registered app, records who
 * approved the choice and when, and never charges students for an app chosen for unified use. Districts
 * see their schools' filings, agencies every filing and who uses a given app.
 */
@Service
public class UsageManagement {

    private final UsageFilingRepository usages;
    private final InstitutionDirectory institutions;
    private final InstitutionAccounts institutionAccounts;
    private final FilingManagement filings;
    private final ProviderManagement providers;
    private final NationalMirror mirror;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    UsageManagement(UsageFilingRepository usages, InstitutionDirectory institutions,
                    InstitutionAccounts institutionAccounts, FilingManagement filings,
                    ProviderManagement providers, NationalMirror mirror, ApplicationEventPublisher events,
                    TransactionTemplate tx, Messages messages, Clock clock) {
        this.usages = usages;
        this.institutions = institutions;
        this.institutionAccounts = institutionAccounts;
        this.filings = filings;
        this.providers = providers;
        this.mirror = mirror;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Files the caller's institution's use of an app. After the body's own checks: a choice dated in the
     * future (400), the app already in live use by this institution (409), then the rules (422): the app
     * must be REGISTERED (APP_NOT_REGISTERED; PROVIDER_BLACKLISTED for an app revoked and listed on the black list); unified
     * selection may not charge students or parents (UNIFIED_SELECTION_CHARGES). Unified selection of an app whose
     * declaration says it charges fees is filed with a warning ({@code feeWarning}), whatever the institution declared.
     */
    public UsageFilingView file(CurrentUser user, UsageFilingRequest request) {
        InstitutionView institution = institutions.own(user);
        if (request.selectionDate().isAfter(Beijing.today(clock))) {
            throw ApiProblem.badField("selectionDate", "INVALID_VALUE", messages.get("usage.selectionDate.future"));
        }
        String number = request.filingNumber().trim();
        Optional<FilingListing> filing = filings.listingByNumber(number);
        if (filing.isEmpty()) {
            // 一省备案全国有效: an app filed in another province, from the national mirror (issue 22)
            Optional<NationalApp> elsewhere = mirror.byFilingNumber(number).filter(NationalApp::registered);
            if (elsewhere.isPresent()) {
                return fileElsewhere(user, institution, elsewhere.get(), request);
            }
        }
        if (filing.isPresent() && usages.liveExists(institution.id(), filing.get().id(), number)) {
            throw ApiProblem.conflict("usage.duplicate", number);
        }
        List<ProblemError> refusals = new ArrayList<>();
        if (filing.isEmpty() || filing.get().status() != FilingStatus.REGISTERED) {
            // the app revoked and listed with its provider barred says so; the provider's other apps stay choosable
            boolean listed = filing.isPresent() && filing.get().status() == FilingStatus.REVOKED
                    && providerBanned(filing.get().providerId());
            refusals.add(listed
                    ? new ProblemError("filingNumber", "PROVIDER_BLACKLISTED", messages.get("usage.rule.providerBanned", number))
                    : new ProblemError("filingNumber", "APP_NOT_REGISTERED", messages.get("usage.rule.notRegistered", number)));
        }
        if (request.unified() && request.charges()) {
            refusals.add(new ProblemError("chargesStudents", "UNIFIED_SELECTION_CHARGES", messages.get("usage.rule.unifiedCharges")));
        }
        if (!refusals.isEmpty()) {
            throw ApiProblem.unprocessable("usage.refused", refusals);
        }
        FilingListing f = filing.orElseThrow();
        String appName = registeredName(f).orElse(number);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            usages.insert(new UsageFilingRepository.NewUsage(id, institution.id(), institution.name(),
                    institution.districtId(), f.id(), number, appName, f.providerId(), f.providerName(),
                    request.purpose().trim(), request.unified(), request.charges(), request.selectionApprovedBy().trim(),
                    request.selectionDate(), now, user.username(), f.chargesFees(), null));
            events.publishEvent(new UsageFiled(user.actor(), id, institution.id(), number, request.unified(), now));
        });
        return usages.find(id).orElseThrow().view();
    }

    private UsageFilingView fileElsewhere(CurrentUser user, InstitutionView institution, NationalApp app,
                                          UsageFilingRequest request) {
        String number = app.filingNumber();
        if (usages.liveExists(institution.id(), null, number)) {
            throw ApiProblem.conflict("usage.duplicate", number);
        }
        if (request.unified() && request.charges()) {
            throw ApiProblem.unprocessable("usage.refused", List.of(new ProblemError("chargesStudents",
                    "UNIFIED_SELECTION_CHARGES", messages.get("usage.rule.unifiedCharges"))));
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            usages.insert(new UsageFilingRepository.NewUsage(id, institution.id(), institution.name(),
                    institution.districtId(), null, number, app.appName(), null, app.providerName(),
                    request.purpose().trim(), request.unified(), request.charges(), request.selectionApprovedBy().trim(),
                    request.selectionDate(), now, user.username(), false, app.province()));
            events.publishEvent(new UsageFiled(user.actor(), id, institution.id(), number, request.unified(), now));
        });
        return usages.find(id).orElseThrow().view();
    }

    /** A use filing the caller may see (its own, its district's schools', or any for agencies); else 404. */
    public UsageFilingView view(String id, CurrentUser user) {
        UsageFilingView u = usages.find(id).orElseThrow(ApiProblem::notFound).view();
        requireVisible(u, user);
        return u;
    }

    /** The institution stops using the app: only the institution itself (403 for its district), once (409). */
    public UsageFilingView end(String id, CurrentUser user, @Nullable String reason) {
        UsageFilingRepository.Versioned v = usages.find(id).orElseThrow(ApiProblem::notFound);
        requireVisible(v.view(), user);
        if (!v.view().institutionId().equals(user.organisationId())
                || !(user.has(Role.SCHOOL_ADMIN) || user.has(Role.DISTRICT_ADMIN))) {
            throw ApiProblem.forbidden();
        }
        if (v.view().status() == UsageStatus.ENDED) {
            throw ApiProblem.conflict("usage.alreadyEnded");
        }
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        tx.executeWithoutResult(s -> {
            usages.end(id, v.version(), now, user.username(), why);
            events.publishEvent(new UsageEnded(user.actor(), id, v.view().institutionId(), v.view().filingNumber(), why, now));
        });
        return usages.find(id).orElseThrow().view();
    }

    public PageResult<UsageFilingView> list(CurrentUser user, @Nullable UsageStatus status, @Nullable String q,
                                            @Nullable String institutionId, @Nullable String filingNumber, PageQuery page) {
        return usages.list(institutions.scope(user), status, q, institutionId, filingNumber, page);
    }

    /** Registered apps an institution may choose, by name, provider or filing number. */
    public PageResult<FilingSummary> registeredApps(@Nullable String q, PageQuery page) {
        return filings.searchRegistered(q, page);
    }

    /** Apps filed in other provinces (the national mirror) an institution may also choose: 一省备案全国有效. */
    public PageResult<NationalApp> appsFiledElsewhere(@Nullable String q, PageQuery page) {
        return mirror.search(q, page);
    }

    /** The app filed in another province behind a number, if it is registered there now. */
    public Optional<NationalApp> choosableElsewhere(String filingNumber) {
        return mirror.byFilingNumber(filingNumber.trim()).filter(NationalApp::registered);
    }

    /** Whether the app behind a filing number declares that it charges fees (the form's warning, 二（三）). */
    public boolean appChargesFees(String filingNumber) {
        return filings.listingByNumber(filingNumber.trim()).map(FilingListing::chargesFees).orElse(false);
    }

    /** The registered app behind a number, if it is one an institution may choose now. */
    public Optional<FilingView> choosableApp(String filingNumber) {
        return filings.findByNumber(filingNumber.trim())
                .filter(f -> f.status() == FilingStatus.REGISTERED); // issue 20: a provider's ban leaves its other apps choosable
    }

    public record AppExposure(String filingNumber, @Nullable String appName, String providerName, FilingStatus filingStatus,
                              List<InstitutionUsingApp> items) {
    }

    /** The institutions with a live use filing of an app (agencies); an unknown number is 404. */
    public AppExposure exposure(String filingNumber) {
        String number = filingNumber.trim();
        FilingListing f = filings.listingByNumber(number).orElseThrow(ApiProblem::notFound);
        return new AppExposure(number, registeredName(f).or(() -> usages.appName(number)).orElse(null),
                f.providerName(), f.status(), usages.institutionsUsing(number));
    }

    public record DistrictApps(InstitutionView district, List<AppInUse> items) {
    }

    /** The apps a district's institutions use, with counts: agencies any district, a district itself. */
    public DistrictApps districtApps(String districtId, CurrentUser user) {
        InstitutionView d = institutions.visible(districtId, user);
        if (d.kind() != InstitutionKind.DISTRICT) {
            throw ApiProblem.notFound();
        }
        return new DistrictApps(d, usages.appsUsedInDistrict(d.id()));
    }

    public List<DistrictUsage> districts() {
        return usages.districts();
    }

    public java.util.Map<String, Long> liveCountsByInstitution(String districtId) {
        return usages.liveCountsByInstitution(districtId);
    }

    private void requireVisible(UsageFilingView u, CurrentUser user) {
        Scope scope = institutions.scope(user);
        boolean sees = switch (scope.type()) {
            case ALL -> true;
            case DISTRICT -> u.institutionId().equals(scope.organisationId()) || scope.organisationId().equals(u.districtId());
            case OWN -> u.institutionId().equals(scope.organisationId());
        };
        if (!sees) {
            throw ApiProblem.notVisible();
        }
    }

    /**
     * A new district (with its GB/T 2260 code), school or unit, by the same rules as the institutions page:
     * the city creates any, a district schools under itself. The demo samples create their districts so.
     */
    public InstitutionView createInstitution(CurrentUser user, String name, InstitutionKind kind, @Nullable String parentId,
                                             @Nullable String districtCode) {
        return institutions.create(user, new CreateInstitution(name, parentId, kind, districtCode));
    }

    /** An account of the institution's own role (区教委 or 学校), created by whoever manages it; returns its id. */
    public String createInstitutionAccount(CurrentUser user, String institutionId, String username, String password) {
        InstitutionView institution = institutions.manageable(institutionId, user);
        return institutionAccounts.createAccount(user, institution, new NewInstitutionAccount(username, password,
                InstitutionDirectory.roleFor(institution.kind()))).accountId();
    }

    /** The app's name as the white list shows it: the declaration in force, while the filing is REGISTERED. */
    private static Optional<String> registeredName(FilingListing f) {
        return f.status() == FilingStatus.REGISTERED ? Optional.of(f.appName()) : Optional.empty();
    }

    /** Barred from new filings (五): its listed app then says so when an institution tries to choose it. */
    private boolean providerBanned(String providerId) {
        return providers.snapshot(providerId).map(p -> p.bannedOn(Beijing.today(clock))).orElse(false);
    }
}
