package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.enforcement.internal.Steps;
import cn.eduapp.registry.enforcement.internal.persistence.IcpRepository;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.provider.Licence;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CreditCode;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The communications administration's work (四(二)): the ICP precondition (a valid subject-training permit) and
 * its orders about filed apps.
 */
@Service
public class IcpManagement {

    private final IcpRepository icp;
    private final FilingManagement filings;
    private final ProviderManagement providers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Steps steps;
    private final Clock clock;

    IcpManagement(IcpRepository icp, FilingManagement filings, ProviderManagement providers,
                  ApplicationEventPublisher events, TransactionTemplate tx, Messages messages, Steps steps, Clock clock) {
        this.icp = icp;
        this.filings = filings;
        this.providers = providers;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.steps = steps;
        this.clock = clock;
    }

    // --- 四(二): the communications administration ---

    public IcpPrecondition icpPrecondition(String creditCode) {
        String code = creditCode.trim().toUpperCase();
        if (CreditCode.problem(code).isPresent()) {
            throw ApiProblem.badField("creditCode", "INVALID_VALUE", messages.get("enforcement.icp.badCreditCode"));
        }
        Optional<ProviderSnapshot> provider = providers.snapshotByCreditCode(code);
        if (provider.isEmpty()) {
            return new IcpPrecondition(code, null, false, List.of(), messages.get("enforcement.icp.unknownProvider"));
        }
        LocalDate today = Beijing.today(clock);
        List<Licence> permits = provider.get().licences().stream()
                .filter(l -> l.type() == LicenceType.ONLINE_SUBJECT_TRAINING_PERMIT).toList();
        boolean eligible = permits.stream().anyMatch(l -> l.validOn(today));
        String reason = eligible ? messages.get("enforcement.icp.eligible")
                : permits.isEmpty() ? messages.get("enforcement.icp.noPermit") : messages.get("enforcement.icp.noValidPermit");
        return new IcpPrecondition(code, provider.get().name(), eligible,
                permits.stream().map(l -> new IcpPrecondition.Permit(l.type().name(), l.number(), l.validFrom(),
                        l.validUntil(), l.statusOn(today).name())).toList(), reason);
    }

    /** The filing an ICP order or notice names: by id or by number; only filings agencies can see. */
    public FilingListing agencyFiling(CurrentUser user, @Nullable String filingId, @Nullable String filingNumber) {
        if (filingId != null && !filingId.isBlank()) {
            return listing(filings.view(filingId.trim(), user).id());
        }
        if (filingNumber != null && !filingNumber.isBlank()) {
            return listing(filings.findByNumber(filingNumber.trim()).map(FilingView::id).orElseThrow(ApiProblem::notFound));
        }
        throw ApiProblem.badField("filingNumber", "REQUIRED", messages.get("enforcement.icp.filingRequired"));
    }

    public IcpOrderView issueIcpOrder(CurrentUser user, FilingListing filing, String kind, String reason,
                                      @Nullable Instant deadline) {
        if ("RECTIFY".equals(kind)) {
            if (deadline == null) {
                throw ApiProblem.badField("deadline", "REQUIRED", messages.get("enforcement.icp.deadlineRequired"));
            }
            steps.requireFuture(deadline, "deadline");
        }
        IcpOrderView o = new IcpOrderView(UUID.randomUUID().toString(), filing.id(), filing.filingNumber(),
                filing.appName(), filing.providerName(), kind, reason.trim(),
                "RECTIFY".equals(kind) ? deadline : null, clock.instant(), user.username());
        tx.executeWithoutResult(s -> {
            icp.insert(o);
            events.publishEvent(new IcpOrderIssued(user.actor(), o.id(), FilingId.of(o.filingId()), o.filingNumber(), o.kind(),
                    o.reason(), o.deadline()));
        });
        return o;
    }

    public PageResult<IcpOrderView> icpOrders(@Nullable String filingId, PageQuery page) {
        return icp.list(filingId, page);
    }

    private FilingListing listing(String filingId) {
        return filings.listing(filingId).orElseThrow(ApiProblem::notFound);
    }
}
