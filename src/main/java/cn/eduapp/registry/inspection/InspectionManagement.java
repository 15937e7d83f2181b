package cn.eduapp.registry.inspection;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.inspection.internal.apk.ApkInspector;
import cn.eduapp.registry.inspection.internal.apk.ApkInspector.Inspection;
import cn.eduapp.registry.inspection.internal.InspectionExecutor;
import cn.eduapp.registry.inspection.internal.apk.InspectionLimits;
import cn.eduapp.registry.inspection.internal.persistence.InspectionRepository;
import cn.eduapp.registry.inspection.internal.apk.PackageRejected;
import cn.eduapp.registry.inspection.internal.PackageStorage;
import cn.eduapp.registry.inspection.internal.apk.SdkSignatures;
import cn.eduapp.registry.rules.Finding;
import cn.eduapp.registry.rules.PackageFacts;
import cn.eduapp.registry.rules.Precheck;
import cn.eduapp.registry.rules.PrecheckFacts;
import cn.eduapp.registry.rules.ProviderFacts;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.web.ProblemError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Package inspection: upload (the filing's own provider, while the declaration may change or the filing is
 * registered and ships a new version), the reports and the facts the pre-check reads. The signer certificates
 * of each package go out with {@link PackageInspected}: publication keeps those a filing was registered with.
 */
@Service
public class InspectionManagement {

    /** DRAFT and RETURNED: the filing is being prepared; REGISTERED: a new version of a registered app. */
    public static final Set<FilingStatus> UPLOADABLE = EnumSet.of(FilingStatus.DRAFT, FilingStatus.RETURNED,
            FilingStatus.REGISTERED);
    static final String CAMERA = "android.permission.CAMERA";
    /** The package rules read nothing of the provider; this stands in for it when the report computes them. */
    private static final ProviderFacts NO_PROVIDER = new ProviderFacts("", LegalPersonType.NON_PROFIT, List.of(), null);

    private final FilingManagement filings;
    private final InspectionRepository reports;
    private final PackageStorage storage;
    private final InspectionExecutor executor;
    private final InspectionLimits limits;
    private final ApkInspector inspector;
    private final Precheck precheck;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    InspectionManagement(FilingManagement filings, InspectionRepository reports, PackageStorage storage,
                         InspectionExecutor executor, InspectionLimits limits, Precheck precheck,
                         ApplicationEventPublisher events, TransactionTemplate tx, Messages messages, Clock clock) {
        this.filings = filings;
        this.reports = reports;
        this.storage = storage;
        this.executor = executor;
        this.limits = limits;
        this.inspector = new ApkInspector(limits, SdkSignatures.load());
        this.precheck = precheck;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Checks in API.md's order: 404 (not the caller's filing), 403 (an agency that sees it), 400 (no file),
     * 413 (too large), 409 (status), then the inspection: 400 (no valid package), 422 PACKAGE_REJECTED.
     */
    public PackageReport upload(String filingId, CurrentUser user, @Nullable InputStreamSource file,
                                @Nullable String fileName, long declaredSize) {
        FilingView filing = filings.view(filingId, user);
        if (!filing.provider().id().equals(user.organisationId())) {
            throw ApiProblem.forbidden();
        }
        if (file == null || declaredSize == 0) {
            throw ApiProblem.badField("file", "REQUIRED", messages.get("inspection.fileRequired"));
        }
        if (declaredSize > limits.maxPackageSize()) {
            throw tooLarge();
        }
        if (!UPLOADABLE.contains(filing.status())) {
            throw ApiProblem.conflict("inspection.wrongStatus", messages.get("filing.status." + filing.status().name()));
        }
        PackageStorage.Received received;
        try (InputStream in = file.getInputStream()) {
            received = storage.receive(in, limits.maxPackageSize());
        } catch (PackageStorage.TooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Inspection inspection;
            try {
                inspection = executor.run(() -> inspector.inspect(received.file()));
            } catch (InspectionExecutor.Busy e) {
                throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "inspection.busy", List.of());
            } catch (PackageRejected e) {
                tx.executeWithoutResult(s -> events.publishEvent(new PackageRefused(user.actor(), FilingId.of(filing.id()),
                        received.sha256(), received.size(), e.kind().name(), clock.instant())));
                throw refusal(e);
            }
            String packageId = UUID.randomUUID().toString();
            Instant now = clock.instant();
            PackageReport report = new PackageReport(packageId, filing.id(), received.sha256(), received.size(),
                    safeName(fileName), now, inspection.manifest(), inspection.signing(), inspection.sdks(),
                    inspection.questionSearchStrings(), inspection.code(), List.of());
            String storedAs = storage.keep(received, filing.id(), packageId);
            tx.executeWithoutResult(s -> {
                reports.insert(report, filing.provider().id(), storedAs, user.username());
                filings.packageInspected(filing.id(), facts(report), now);
                events.publishEvent(new PackageInspected(user.actor(), FilingId.of(filing.id()), packageId,
                        report.manifest().packageName(), report.sha256(),
                        report.sdks().stream().map(PackageReport.Sdk::category).distinct().toList(),
                        report.signing().certificates().stream().map(PackageReport.Certificate::sha256).distinct().toList(),
                        now));
            });
            return report.withFindings(findings(filing, report));
        } finally {
            storage.delete(received.file());
        }
    }

    /** One report, for the filing's provider and the agencies that see the filing; 404 otherwise. */
    public PackageReport report(String filingId, String packageId, CurrentUser user) {
        FilingView filing = filings.view(filingId, user);
        PackageReport r = reports.find(filing.id(), packageId).orElseThrow(ApiProblem::notFound);
        return r.withFindings(findings(filing, r));
    }

    /** The latest report, if any, with its findings against the declaration in force. */
    public Optional<PackageReport> latest(String filingId, CurrentUser user) {
        FilingView filing = filings.view(filingId, user);
        return reports.latest(filing.id()).map(r -> r.withFindings(findings(filing, r)));
    }

    /** The filing's uploads, newest first, for those who see the filing. */
    public PageResult<PackageSummary> list(String filingId, CurrentUser user, PageQuery page) {
        String id = filings.view(filingId, user).id();
        return PageResult.of(reports.page(id, page.offset(), page.size()), page, reports.count(id));
    }

    /** Earlier uploads too, newest first (without findings). */
    public List<PackageReport> history(String filingId, CurrentUser user) {
        return reports.all(filings.view(filingId, user).id(), 50);
    }

    public boolean mayUpload(FilingView filing, CurrentUser user) {
        return filing.provider().id().equals(user.organisationId()) && UPLOADABLE.contains(filing.status());
    }

    public long maxPackageSize() {
        return limits.maxPackageSize();
    }

    /** What the pre-check reads of a filing's latest package. */
    public Optional<PackageFacts> latestFacts(String filingId) {
        return reports.latest(filingId).map(InspectionManagement::facts);
    }

    static PackageFacts facts(PackageReport r) {
        return new PackageFacts(r.manifest().packageName(),
                r.sdks().stream().map(s -> new PackageFacts.DetectedSdk(s.name(), s.category())).toList(),
                r.manifest().permissions().contains(CAMERA), !r.questionSearchStrings().isEmpty());
    }

    /** The pre-check's PACKAGE_* findings for this package against the declaration in force. */
    private List<Finding> findings(FilingView filing, PackageReport r) {
        return precheck.evaluate(new PrecheckFacts(filing.app(), NO_PROVIDER, Beijing.today(clock), facts(r)))
                .findings().stream().filter(f -> f.ruleId().startsWith("PACKAGE_")).toList();
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "inspection.tooLarge", List.of(),
                limits.maxPackageSize() / (1024 * 1024));
    }

    private ApiProblem refusal(PackageRejected e) {
        String message = messages.get("inspection.rejected." + e.kind().name());
        if (e.kind().status() == 400) {
            return ApiProblem.badField("file", "INVALID_PACKAGE", message);
        }
        return ApiProblem.unprocessable("inspection.rejected", List.of(new ProblemError("file", "PACKAGE_REJECTED", message)));
    }

    private static @Nullable String safeName(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
